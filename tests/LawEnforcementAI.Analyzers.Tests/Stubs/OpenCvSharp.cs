// Not used by the tests any more (they reference the real OpenCvSharp4 4.13.0.20260627): kept because
// bench/LawEnforcementAI.Analyzers.Benchmarks embeds Stubs/*.cs. The test projects exclude it.
// Imitates OpenCvSharp4 4.13.0.20260627 (assembly OpenCvSharp.dll, namespace OpenCvSharp): the capture and
// encode surface only. Mat.ImEncode is the 4.x instance method that OpenCvSharp5 removed.
using System;
using System.IO;

namespace OpenCvSharp
{
    public abstract class DisposableObject : IDisposable
    {
        public bool IsDisposed => throw null!;
        public void Dispose() { }
    }

    public abstract class DisposableCvObject : DisposableObject
    {
    }

    public enum VideoCaptureAPIs
    {
        ANY = 0,
        V4L2 = 200,
        DSHOW = 700,
        MSMF = 1400,
        GSTREAMER = 1800,
        FFMPEG = 1900,
    }

    public enum ImreadModes
    {
        Unchanged = -1,
        Grayscale = 0,
        Color = 1,
        AnyDepth = 2,
        AnyColor = 4,
    }

    public enum ImwriteFlags
    {
        JpegQuality = 1,
        PngCompression = 16,
        WebPQuality = 64,
    }

    public enum InterpolationFlags
    {
        Nearest = 0,
        Linear = 1,
        Cubic = 2,
        Area = 3,
        Lanczos4 = 4,
    }

    public enum ColorConversionCodes
    {
        BGR2BGRA = 0,
        BGRA2BGR = 1,
        BGR2RGB = 4,
        BGR2GRAY = 6,
        RGB2GRAY = 7,
    }

    public struct Size
    {
        public int Width;
        public int Height;

        public Size(int width, int height)
        {
            Width = width;
            Height = height;
        }

        public Size(double width, double height)
        {
            Width = (int)width;
            Height = (int)height;
        }
    }

    public struct Rect
    {
        public int X;
        public int Y;
        public int Width;
        public int Height;

        public Rect(int x, int y, int width, int height)
        {
            X = x;
            Y = y;
            Width = width;
            Height = height;
        }
    }

    public class ImageEncodingParam
    {
        public ImageEncodingParam(ImwriteFlags code, int value)
        {
            EncodingId = code;
            Value = value;
        }

        public ImwriteFlags EncodingId { get; set; }
        public int Value { get; set; }
    }

    public class InputArray : DisposableCvObject
    {
        public static implicit operator InputArray(Mat mat) => throw null!;
    }

    public class OutputArray : DisposableCvObject
    {
        public static implicit operator OutputArray(Mat mat) => throw null!;
    }

    public class Mat : DisposableCvObject
    {
        public Mat() { }
        public Mat(string fileName, ImreadModes flags = ImreadModes.Color) { }
        public Mat(Mat m, Rect roi) { }

        public int Width => throw null!;
        public int Height => throw null!;
        public virtual int Rows => throw null!;
        public virtual int Cols => throw null!;

        public bool Empty() => throw null!;
        public Mat Clone() => throw null!;
        public Size Size() => throw null!;

        public byte[] ToBytes(string ext = ".png", int[]? prms = null) => throw null!;
        public byte[] ToBytes(string ext = ".png", params ImageEncodingParam[] prms) => throw null!;
        public MemoryStream ToMemoryStream(string ext = ".png", params ImageEncodingParam[] prms) => throw null!;
        public void WriteToStream(Stream stream, string ext = ".png", params ImageEncodingParam[] prms) => throw null!;
        public byte[] ImEncode(string ext = ".png", int[]? prms = null) => throw null!;
        public byte[] ImEncode(string ext = ".png", params ImageEncodingParam[] prms) => throw null!;
    }

    public class VideoCapture : DisposableCvObject
    {
        public VideoCapture() { }
        public VideoCapture(int index, VideoCaptureAPIs apiPreference = VideoCaptureAPIs.ANY) { }
        public VideoCapture(string fileName, VideoCaptureAPIs apiPreference = VideoCaptureAPIs.ANY) { }

        public static VideoCapture FromCamera(int index, VideoCaptureAPIs apiPreference = VideoCaptureAPIs.ANY) => throw null!;
        public static VideoCapture FromFile(string fileName, VideoCaptureAPIs apiPreference = VideoCaptureAPIs.ANY) => throw null!;

        public bool Open(int index, VideoCaptureAPIs apiPreference = VideoCaptureAPIs.ANY) => throw null!;
        public bool Open(string fileName, VideoCaptureAPIs apiPreference = VideoCaptureAPIs.ANY) => throw null!;
        public bool IsOpened() => throw null!;
        public void Release() { }

        public bool Read(Mat image) => throw null!;
        public bool Read(OutputArray image) => throw null!;
        public bool Grab() => throw null!;
        public bool Retrieve(Mat image, int flag = 0) => throw null!;
        public bool Retrieve(OutputArray image, int flag = 0) => throw null!;
        public Mat RetrieveMat() => throw null!;
    }

    public static class Cv2
    {
        public static bool ImEncode(string ext, InputArray img, out byte[] buf, int[]? prms = null) => throw null!;
        public static void ImEncode(string ext, InputArray img, out byte[] buf, params ImageEncodingParam[] prms) => throw null!;
        public static bool ImWrite(string fileName, Mat img, int[]? prms = null) => throw null!;
        public static bool ImWrite(string fileName, Mat img, params ImageEncodingParam[] prms) => throw null!;
        public static Mat ImRead(string fileName, ImreadModes flags = ImreadModes.Color) => throw null!;
        public static Mat ImDecode(byte[] buf, ImreadModes flags) => throw null!;

        public static void Resize(InputArray src, OutputArray dst, Size dsize, double fx = 0, double fy = 0, InterpolationFlags interpolation = InterpolationFlags.Linear) => throw null!;
        public static void CvtColor(InputArray src, OutputArray dst, ColorConversionCodes code, int dstCn = 0) => throw null!;
    }
}
