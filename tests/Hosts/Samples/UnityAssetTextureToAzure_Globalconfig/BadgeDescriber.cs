// The close negative of UnityWebCamJsonPostToAzure_Globalconfig: the same JSON post to the same Azure OpenAI
// deployment, but of a constant asset texture (a badge set in the Inspector, [SerializeField]), not a camera: no frame
// finding; the audit record shows the attribution was read.
// The audit record of an attributed compilation: // expect (no location): LEAI000
using System;
using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class BadgeDescriber : MonoBehaviour
{
    private const string Endpoint = "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";

    [SerializeField] private string apiKey = "";
    [SerializeField] private Texture2D badge;

    private void Start()
    {
        StartCoroutine(Describe(badge.EncodeToJPG(75)));
    }

    private IEnumerator Describe(byte[] jpeg)
    {
        string json = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Describe the badge.\"},"
            + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + Convert.ToBase64String(jpeg) + "\"}}]}],\"max_tokens\":300}";
        using (var request = new UnityWebRequest(Endpoint, UnityWebRequest.kHttpVerbPOST))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(json));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            request.SetRequestHeader("api-key", apiKey);
            yield return request.SendWebRequest();
            if (request.result != UnityWebRequest.Result.Success)
            {
                Console.WriteLine(request.error);
            }
        }
    }
}
