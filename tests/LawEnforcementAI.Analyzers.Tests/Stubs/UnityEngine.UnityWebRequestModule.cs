// Imitates UnityEngine.UnityWebRequestModule.dll of Unity 6000.0 (assembly UnityEngine.UnityWebRequestModule).
// Source: Unity-Technologies/UnityCsReference 6000.0: Modules/UnityWebRequest/Public/UnityWebRequest.bindings.cs (the
// constructors (), (string url), (Uri uri), (string url, string method), (Uri uri, string method), (string url, string
// method, DownloadHandler downloadHandler, UploadHandler uploadHandler), the Uri form of the last; url, uri, method,
// uploadHandler, downloadHandler, SetRequestHeader, SendWebRequest, result, error),
// Modules/UnityWebRequest/Public/WebRequestExtensions.cs (Post(string uri, string postData, string contentType),
// Post(string uri, WWWForm formData), Post(string uri, List<IMultipartFormSection> multipartFormSections),
// Post(string uri, Dictionary<string, string> formFields), PostWwwForm(string uri, string form), Put(string uri,
// byte[] bodyData)), Modules/UnityWebRequest/Public/UploadHandler/UploadHandler.bindings.cs (UploadHandlerRaw(byte[] data)),
// Modules/UnityWebRequest/Public/DownloadHandler/DownloadHandler.bindings.cs, Modules/UnityWebRequest/Public/
// MultipartFormHelper.cs (MultipartFormFileSection(string name, byte[] data, string fileName, string contentType)),
// Modules/UnityWebRequest/Public/WWWForm.cs (AddField, AddBinaryData(string fieldName, byte[] contents[, string fileName[,
// string mimeType]]), data, headers); the Scripting API pages (6000.0) name the assembly.
using System;
using System.Collections.Generic;

namespace UnityEngine
{
    public class WWWForm
    {
        public WWWForm() => throw null!;

        public Dictionary<string, string> headers => throw null!;
        public byte[] data => throw null!;

        public void AddField(string fieldName, string value) => throw null!;
        public void AddBinaryData(string fieldName, byte[] contents) => throw null!;
        public void AddBinaryData(string fieldName, byte[] contents, string fileName) => throw null!;
        public void AddBinaryData(string fieldName, byte[] contents, string fileName, string mimeType) => throw null!;
    }
}

namespace UnityEngine.Networking
{
    public interface IMultipartFormSection
    {
        string sectionName { get; }
        byte[] sectionData { get; }
        string fileName { get; }
        string contentType { get; }
    }

    public class MultipartFormFileSection : IMultipartFormSection
    {
        public MultipartFormFileSection(string name, byte[] data, string fileName, string contentType) => throw null!;
        public MultipartFormFileSection(byte[] data) => throw null!;

        public string sectionName => throw null!;
        public byte[] sectionData => throw null!;
        public string fileName => throw null!;
        public string contentType => throw null!;
    }

    public class UploadHandler : IDisposable
    {
        public string contentType { get => throw null!; set => throw null!; }
        public void Dispose() => throw null!;
    }

    public sealed class UploadHandlerRaw : UploadHandler
    {
        public UploadHandlerRaw(byte[] data) => throw null!;
    }

    public class DownloadHandler : IDisposable
    {
        public string text => throw null!;
        public byte[] data => throw null!;
        public void Dispose() => throw null!;
    }

    public sealed class DownloadHandlerBuffer : DownloadHandler
    {
        public DownloadHandlerBuffer() => throw null!;
    }

    public class UnityWebRequestAsyncOperation : AsyncOperation
    {
        public UnityWebRequest webRequest => throw null!;
    }

    public partial class UnityWebRequest : IDisposable
    {
        public const string kHttpVerbPOST = "POST";

        public enum Result
        {
            InProgress,
            Success,
            ConnectionError,
            ProtocolError,
            DataProcessingError,
        }

        public UnityWebRequest() => throw null!;
        public UnityWebRequest(string url) => throw null!;
        public UnityWebRequest(Uri uri) => throw null!;
        public UnityWebRequest(string url, string method) => throw null!;
        public UnityWebRequest(Uri uri, string method) => throw null!;
        public UnityWebRequest(string url, string method, DownloadHandler downloadHandler, UploadHandler uploadHandler) => throw null!;
        public UnityWebRequest(Uri uri, string method, DownloadHandler downloadHandler, UploadHandler uploadHandler) => throw null!;

        public string url { get => throw null!; set => throw null!; }
        public Uri uri { get => throw null!; set => throw null!; }
        public string method { get => throw null!; set => throw null!; }
        public UploadHandler uploadHandler { get => throw null!; set => throw null!; }
        public DownloadHandler downloadHandler { get => throw null!; set => throw null!; }
        public Result result => throw null!;
        public string error => throw null!;

        public void SetRequestHeader(string name, string value) => throw null!;
        public UnityWebRequestAsyncOperation SendWebRequest() => throw null!;
        public void Dispose() => throw null!;

        public static UnityWebRequest Put(string uri, byte[] bodyData) => throw null!;
        public static UnityWebRequest Post(string uri, string postData, string contentType) => throw null!;
        public static UnityWebRequest Post(Uri uri, string postData, string contentType) => throw null!;
        public static UnityWebRequest Post(string uri, WWWForm formData) => throw null!;
        public static UnityWebRequest Post(Uri uri, WWWForm formData) => throw null!;
        public static UnityWebRequest Post(string uri, List<IMultipartFormSection> multipartFormSections) => throw null!;
        public static UnityWebRequest Post(string uri, Dictionary<string, string> formFields) => throw null!;
        public static UnityWebRequest PostWwwForm(string uri, string form) => throw null!;
    }
}
