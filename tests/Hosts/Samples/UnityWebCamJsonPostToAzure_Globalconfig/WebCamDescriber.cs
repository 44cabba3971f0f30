// A Unity body-cam prototype: each second, the webcam's frame (WebCamTexture.GetPixels32) goes through a Texture2D,
// EncodeToJPG and base64 into a chat-completions JSON body, posted by a coroutine with UnityWebRequest to an Azure
// OpenAI deployment: clause A (LEAI001) and, live camera frames in a body-cam project, clause B (LEAI002).
// The close negative is UnityAssetTextureToAzure_Globalconfig (a constant asset texture, same request).
// The audit record of an attributed compilation: // expect (no location): LEAI000
using System;
using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class WebCamDescriber : MonoBehaviour
{
    private const string Endpoint = "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";

    [SerializeField] private string apiKey = "";

    private WebCamTexture webcam;
    private Texture2D snapshot;
    private float nextSend;

    private void Start()
    {
        webcam = new WebCamTexture(1280, 720);
        webcam.Play();
        snapshot = new Texture2D(1280, 720, TextureFormat.RGBA32, false);
    }

    private void Update()
    {
        if (!webcam.isPlaying || Time() < nextSend)
        {
            return;
        }

        nextSend = Time() + 1f;
        snapshot.SetPixels32(webcam.GetPixels32());
        snapshot.Apply();
        StartCoroutine(Describe(snapshot.EncodeToJPG(75)));
    }

    private IEnumerator Describe(byte[] jpeg)
    {
        string json = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Describe the scene.\"},"
            + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + Convert.ToBase64String(jpeg) + "\"}}]}],\"max_tokens\":300}";
        using (var request = new UnityWebRequest(Endpoint, UnityWebRequest.kHttpVerbPOST))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(json));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            request.SetRequestHeader("api-key", apiKey);
            yield return request.SendWebRequest(); // expect: LEAI001 LEAI002
            if (request.result != UnityWebRequest.Result.Success)
            {
                Console.WriteLine(request.error);
            }
        }
    }

    private static float Time() => (float)DateTime.UtcNow.TimeOfDay.TotalSeconds;
}
