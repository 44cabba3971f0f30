// Imitates Emgu.CV 4.13.0 (assembly Emgu.CV.dll). Image<TColor, TDepth> is kept because 4.13.0 still ships it;
// it was removed on master afterwards.
// Source: emgucv/emgucv Emgu.CV/Videoio/VideoCapture.cs (its one Read is bool Read(IOutputArray m)), Emgu.CV/Core/Mat.cs,
// Emgu.CV/Image.cs, Emgu.CV/Imgcodecs and Emgu.CV/Util/VectorOfByte.cs (4.x).
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

    public class ExceptionHandler
    {
        public virtual bool HandleException(Exception ex) => throw null!;
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

    public class Image<TColor, TDepth> : UnmanagedObject, IInputOutputArray
        where TColor : struct, IColor
        where TDepth : new()
    {
        public Image(int width, int height) { }
        public Image(string fileName) { }

        public int Width => throw null!;
        public int Height => throw null!;
        public Mat Mat => throw null!;
        public byte[] Bytes => throw null!;

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
