// The close negative of UnityWebCamBlitReadPixelsToAzure_Globalconfig: the same render texture, ReadPixels and JSON
// post to Azure OpenAI, but what the render texture holds is a scene camera's rendering (Camera.Render into its
// targetTexture), a virtual camera: no frame finding; the audit record shows the attribution was read.
// The audit record of an attributed compilation: // expect (no location): LEAI000
using System;
using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class SceneGrabber : MonoBehaviour
{
    private const string Endpoint = "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";

    [SerializeField] private Camera sceneCamera;

    public void OnCaptureButton()
    {
        StartCoroutine(CaptureAndSend());
    }

    private IEnumerator CaptureAndSend()
    {
        RenderTexture rt = RenderTexture.GetTemporary(1280, 720);
        sceneCamera.targetTexture = rt;
        sceneCamera.Render();
        RenderTexture previous = RenderTexture.active;
        RenderTexture.active = rt;
        var frame = new Texture2D(1280, 720, TextureFormat.RGB24, false);
        frame.ReadPixels(new Rect(0, 0, 1280, 720), 0, 0);
        frame.Apply();
        RenderTexture.active = previous;
        sceneCamera.targetTexture = null;
        RenderTexture.ReleaseTemporary(rt);

        string image = Convert.ToBase64String(frame.EncodeToJPG());
        string json = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + image + "\"}}]}]}";
        using (UnityWebRequest request = UnityWebRequest.Post(Endpoint, json, "application/json"))
        {
            request.SetRequestHeader("api-key", "key");
            yield return request.SendWebRequest();
        }
    }
}
