// A Quest 3 passthrough prototype on Meta's Passthrough Camera API (PassthroughCameraAccess, MR Utility Kit; a
// stand-in): in an async void Start, the headset camera's texture is copied into a Texture2D, encoded and posted as
// JSON with an awaited UnityWebRequest to an Azure OpenAI deployment; on a button, its pixels (GetColors, a NativeArray)
// go the same way from a coroutine. Live mobile-camera frames: LEAI001 and LEAI002 on each send.
// The audit record of an attributed compilation: // expect (no location): LEAI000
using System;
using System.Collections;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Meta.XR;
using Unity.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class PassthroughDescriber : MonoBehaviour
{
    private const string Endpoint = "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";

    [SerializeField] private PassthroughCameraAccess cameraAccess;

    private async void Start()
    {
        while (!cameraAccess.IsPlaying)
        {
            await Task.Yield();
        }

        Texture texture = cameraAccess.GetTexture();
        var snapshot = new Texture2D(texture.width, texture.height, TextureFormat.RGBA32, false);
        Graphics.CopyTexture(texture, snapshot);
        using (UnityWebRequest request = UnityWebRequest.Post(Endpoint, Body(snapshot.EncodeToJPG()), "application/json"))
        {
            await request.SendWebRequest(); // expect: LEAI001 LEAI002
        }
    }

    public void OnDescribeButton()
    {
        StartCoroutine(DescribePixels());
    }

    private IEnumerator DescribePixels()
    {
        NativeArray<Color32> colors = cameraAccess.GetColors();
        var snapshot = new Texture2D(1280, 960, TextureFormat.RGBA32, false);
        snapshot.SetPixels32(colors.ToArray());
        snapshot.Apply();
        using (UnityWebRequest request = UnityWebRequest.Post(Endpoint, Body(snapshot.EncodeToJPG()), "application/json"))
        {
            yield return request.SendWebRequest(); // expect: LEAI001 LEAI002
        }
    }

    private static string Body(byte[] jpeg) =>
        "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + Convert.ToBase64String(jpeg) + "\"}}]}]}";
}

// What Unity projects write so that `await request.SendWebRequest()` compiles (Unity's AsyncOperation has no awaiter).
public static class AsyncOperationAwaiter
{
    public static TaskAwaiter GetAwaiter(this AsyncOperation operation)
    {
        var completion = new TaskCompletionSource<object>();
        operation.completed += _ => completion.SetResult(null);
        return ((Task)completion.Task).GetAwaiter();
    }
}
