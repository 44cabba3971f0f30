// The webcam drawn into a render texture (Graphics.Blit), the render texture made active and read back with
// Texture2D.ReadPixels, then EncodeToJPG and base64 in a JSON body posted with UnityWebRequest.Post to an Azure OpenAI
// deployment: LEAI001 and LEAI002. The close negative is UnityVirtualCameraReadPixelsToAzure_Globalconfig (a scene
// camera rendered into the render texture: a virtual camera).
// The audit record of an attributed compilation: // expect (no location): LEAI000
using System;
using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class FrameGrabber : MonoBehaviour
{
    private const string Endpoint = "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";

    private WebCamTexture webcam;

    private void Start()
    {
        webcam = new WebCamTexture(WebCamTexture.devices[0].name, 1280, 720, 30);
        webcam.Play();
    }

    public void OnCaptureButton()
    {
        StartCoroutine(CaptureAndSend());
    }

    private IEnumerator CaptureAndSend()
    {
        RenderTexture rt = RenderTexture.GetTemporary(1280, 720);
        Graphics.Blit(webcam, rt);
        RenderTexture previous = RenderTexture.active;
        RenderTexture.active = rt;
        var frame = new Texture2D(1280, 720, TextureFormat.RGB24, false);
        frame.ReadPixels(new Rect(0, 0, 1280, 720), 0, 0);
        frame.Apply();
        RenderTexture.active = previous;
        RenderTexture.ReleaseTemporary(rt);

        string image = Convert.ToBase64String(frame.EncodeToJPG());
        string json = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + image + "\"}}]}]}";
        using (UnityWebRequest request = UnityWebRequest.Post(Endpoint, json, "application/json"))
        {
            request.SetRequestHeader("api-key", "key");
            yield return request.SendWebRequest(); // expect: LEAI001 LEAI002
        }
    }
}
