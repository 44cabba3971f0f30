// The close negative of the Azure samples on OpenAI's own service: the same live webcam frame, as base64 in the same
// JSON body, posted by a coroutine with UnityWebRequest to api.openai.com: not Azure OpenAI, so none of Microsoft's
// rules; OpenAI's own usage policy applies instead (LEAI010).
// OfficialClientDescriber.cs sends it through the official OpenAI client (OpenAI 2.15.0). The audit record shows the
// attribution was read.
// The audit record of an attributed compilation: // expect (no location): LEAI000
using System;
using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class WebCamToOpenAIRest : MonoBehaviour
{
    private const string Endpoint = "https://api.openai.com/v1/chat/completions";

    [SerializeField] private string apiKey = "";

    private WebCamTexture webcam;

    private void Start()
    {
        webcam = new WebCamTexture();
        webcam.Play();
    }

    public void OnDescribeButton()
    {
        var snapshot = new Texture2D(webcam.width, webcam.height);
        snapshot.SetPixels32(webcam.GetPixels32());
        snapshot.Apply();
        StartCoroutine(Describe(snapshot.EncodeToJPG()));
    }

    private IEnumerator Describe(byte[] jpeg)
    {
        string json = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + Convert.ToBase64String(jpeg) + "\"}}]}]}";
        using (var request = new UnityWebRequest(Endpoint, "POST", new DownloadHandlerBuffer(), new UploadHandlerRaw(Encoding.UTF8.GetBytes(json))))
        {
            request.SetRequestHeader("Content-Type", "application/json");
            request.SetRequestHeader("Authorization", "Bearer " + apiKey);
            yield return request.SendWebRequest(); // expect: LEAI010
        }
    }
}
