// Imitates Emgu.CV 4.13.0.5924 (assembly Emgu.CV.dll; the newest release on nuget.org), read from the master branch of
// 2025-2026 that it was built from (Image<TColor, TDepth> included).
// Source: emgucv/emgucv Emgu.CV/Videoio/VideoCapture.cs (constructors with captureProperties, Read(IOutputArray m),
// Retrieve(IOutputArray image, int flag), QueryFrame, QuerySmallFrame, Grab, ImageGrabbed, Start/Pause/Stop); the
// read-only IsOpened property is generated from cveVideoCaptureIsOpened (Emgu.CV.Extern videoio property header);
// Emgu.CV/Core/Mat.cs (GetRawData, Clone, ToImage, Mat(string fileName, ImreadModes loadType)); Emgu.CV/Core/CvArray.cs
// (Width, Height, Rows, Cols, Bytes, Mat: Image<,> inherits them); Emgu.CV/Core/Image.cs (Image(int width, int height),
// Image(string fileName), ToJpegData(int quality = 95)); Emgu.CV/Imgcodecs/ImgcodecsInvoke.cs (Imread, Imwrite, both
// Imencode overloads); Emgu.CV/PInvoke/CvEnum/ImreadModes.cs; Emgu.CV/Color/Bgr.cs; Emgu.CV/Util/VectorOfByte.cs;
// Emgu.Util/DisposableObject.cs, UnmanagedObject.cs, ExceptionHandler.cs (abstract).
using System;
using System.Collections.Generic;
using Emgu.CV.CvEnum;
using Emgu.CV.Util;
using Emgu.Util;

namespace Emgu.Util
{
    public abstract class DisposableObject : IDisposable
    {
        public void Dispose() { }
    }

    public abstract class UnmanagedObject : DisposableObject
    {
        public IntPtr Ptr => throw null!;
    }

    public abstract class ExceptionHandler
    {
        public abstract bool HandleException(Exception ex);
    }
}

namespace Emgu.CV.CvEnum
{
    public enum CapProp
    {
        FrameWidth = 3,
        FrameHeight = 4,
        Fps = 5,
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
        WebpQuality = 64,
    }
}

namespace Emgu.CV
{
    public interface IInputArray
    {
    }

    public interface IOutputArray : IInputArray
    {
    }

    public interface IInputOutputArray : IOutputArray
    {
    }

    public interface IColor
    {
        int Dimension { get; }
    }

    public class VideoCapture : UnmanagedObject
    {
        public enum API
        {
            Any = 0,
            V4L2 = 200,
            DShow = 700,
            Msmf = 1400,
            Gstreamer = 1800,
            Ffmpeg = 1900,
        }

        public VideoCapture(int camIndex = 0, API captureApi = API.Any, params Tuple<CapProp, int>[] captureProperties) { }
        public VideoCapture(string fileName, API captureApi = API.Any, params Tuple<CapProp, int>[] captureProperties) { }

        public event EventHandler? ImageGrabbed;

        public bool IsOpened => throw null!;

        public virtual Mat QueryFrame() => throw null!;
        public virtual Mat QuerySmallFrame() => throw null!;
        public bool Read(IOutputArray m) => throw null!;
        public virtual bool Grab() => throw null!;
        public virtual bool Retrieve(IOutputArray image, int flag = 0) => throw null!;

        public void Start(ExceptionHandler? eh = null) { }
        public void Pause() { }
        public void Stop() { }
    }

    public class Mat : UnmanagedObject, IInputOutputArray
    {
        public Mat() { }
        public Mat(string fileName, ImreadModes loadType = ImreadModes.Color) { }

        public int Width => throw null!;
        public int Height => throw null!;
        public int Rows => throw null!;
        public int Cols => throw null!;
        public bool IsEmpty => throw null!;

        public byte[] GetRawData(params int[] indices) => throw null!;
        public Mat Clone() => throw null!;

        public Image<TColor, TDepth> ToImage<TColor, TDepth>(bool tryShareData = false)
            where TColor : struct, IColor
            where TDepth : new()
            => throw null!;
    }

    public abstract class CvArray<TDepth> : UnmanagedObject, IInputOutputArray
        where TDepth : new()
    {
        public int Width => throw null!;
        public int Height => throw null!;
        public int Rows => throw null!;
        public int Cols => throw null!;
        public byte[] Bytes { get => throw null!; set { } }
        public Mat Mat => throw null!;
    }

    public class Image<TColor, TDepth> : CvArray<TDepth>, IInputOutputArray
        where TColor : struct, IColor
        where TDepth : new()
    {
        public Image(int width, int height) { }
        public Image(string fileName) { }

        public byte[] ToJpegData(int quality = 95) => throw null!;
    }

    public static partial class CvInvoke
    {
        public static byte[] Imencode(string ext, IInputArray image, params KeyValuePair<ImwriteFlags, int>[] parameters) => throw null!;
        public static bool Imencode(string ext, IInputArray image, VectorOfByte buf, params KeyValuePair<ImwriteFlags, int>[] parameters) => throw null!;
        public static bool Imwrite(string filename, IInputArray image, params KeyValuePair<ImwriteFlags, int>[] parameters) => throw null!;
        public static Mat Imread(string filename, ImreadModes loadType = ImreadModes.Color) => throw null!;
    }
}

namespace Emgu.CV.Structure
{
    public struct Bgr : IColor
    {
        public Bgr(double blue, double green, double red)
        {
            Blue = blue;
            Green = green;
            Red = red;
        }

        public double Blue { get; set; }
        public double Green { get; set; }
        public double Red { get; set; }
        public int Dimension => 3;
    }
}

namespace Emgu.CV.Util
{
    public class VectorOfByte : UnmanagedObject, IInputOutputArray
    {
        public VectorOfByte() { }
        public VectorOfByte(byte[] values) { }

        public int Size => throw null!;

        public byte[] ToArray() => throw null!;
    }
}
