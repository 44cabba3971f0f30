// Imitates Microsoft.Maui.Essentials 10.0 (.NET MAUI 10, assembly Microsoft.Maui.Essentials.dll): MediaPicker and the
// FileResult it returns. Preview builds used namespace Microsoft.Maui.Essentials instead.
// Source: dotnet/maui src/Essentials/src/MediaPicker/MediaPicker.shared.cs (IMediaPicker, MediaPicker, MediaPickerOptions
// Title and SelectionLimit) and src/Essentials/src/FileSystem/FileSystem.shared.cs (abstract FileBase: its (fullPath) and
// (fullPath, contentType) constructors are internal, FileBase(FileBase file) public; FileResult's three constructors
// public); MediaPickerOptions.MaximumWidth, MaximumHeight and CompressionQuality from the .NET 10 API reference
// (learn.microsoft.com/dotnet/api/microsoft.maui.media.mediapickeroptions).
using System.IO;
using System.Threading.Tasks;
using Microsoft.Maui.Storage;

namespace Microsoft.Maui.Storage
{
    public abstract class FileBase
    {
        internal FileBase(string fullPath)
        {
            FullPath = fullPath;
            ContentType = string.Empty;
            FileName = Path.GetFileName(fullPath);
        }

        internal FileBase(string fullPath, string contentType)
            : this(fullPath) => ContentType = contentType;

        public FileBase(FileBase file)
            : this(file.FullPath, file.ContentType) { }

        public string FullPath { get; }
        public string ContentType { get; set; }
        public string FileName { get; set; }

        public Task<Stream> OpenReadAsync() => throw null!;
    }

    public class FileResult : FileBase
    {
        public FileResult(string fullPath)
            : base(fullPath) { }

        public FileResult(string fullPath, string contentType)
            : base(fullPath, contentType) { }

        public FileResult(FileBase file)
            : base(file) { }
    }
}

namespace Microsoft.Maui.Media
{
    public class MediaPickerOptions
    {
        public string? Title { get; set; }
        public int? MaximumWidth { get; set; }
        public int? MaximumHeight { get; set; }
        public int CompressionQuality { get; set; } = 100;
        public int SelectionLimit { get; set; } = 1;
    }

    public interface IMediaPicker
    {
        bool IsCaptureSupported { get; }

        Task<FileResult?> PickPhotoAsync(MediaPickerOptions? options = null);
        Task<FileResult?> CapturePhotoAsync(MediaPickerOptions? options = null);
        Task<FileResult?> PickVideoAsync(MediaPickerOptions? options = null);
        Task<FileResult?> CaptureVideoAsync(MediaPickerOptions? options = null);
    }

    public static class MediaPicker
    {
        public static IMediaPicker Default => throw null!;
        public static bool IsCaptureSupported => throw null!;

        public static Task<FileResult?> PickPhotoAsync(MediaPickerOptions? options = null) => throw null!;
        public static Task<FileResult?> CapturePhotoAsync(MediaPickerOptions? options = null) => throw null!;
        public static Task<FileResult?> PickVideoAsync(MediaPickerOptions? options = null) => throw null!;
        public static Task<FileResult?> CaptureVideoAsync(MediaPickerOptions? options = null) => throw null!;
    }
}
