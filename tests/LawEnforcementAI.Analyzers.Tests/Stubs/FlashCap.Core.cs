// Imitates FlashCap 1.11.0 (core types ship in assembly FlashCap.Core.dll). Since 0.11.0 the frame callback receives
// a PixelBufferScope and the image accessors are extension methods in PixelBufferExtension.
// Source: kekyo/FlashCap FlashCap.Core (CaptureDevices.cs, CaptureDeviceDescriptor.cs, PixelBuffer.cs, PixelBufferScope.cs,
// PixelBufferExtension.cs) and FlashCap/CaptureDeviceDescriptorExtension.cs, 1.11.0.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace FlashCap
{
    public enum PixelFormats
    {
        Unknown,
        RGB8,
        RGB15,
        RGB16,
        RGB24,
        RGB32,
        ARGB32,
        UYVY,
        YUYV,
        NV12,
        JPEG,
        PNG,
    }

    public enum DeviceTypes
    {
        VideoForWindows,
        DirectShow,
        V4L2,
        AVFoundation,
    }

    public enum TranscodeFormats
    {
        Auto,
        DoNotTranscode,
        BT601,
        BT709,
        BT2020,
        BT601FullRange,
        BT709FullRange,
        BT2020FullRange,
    }

    public readonly struct Fraction
    {
        public Fraction(int numerator, int denominator)
        {
            Numerator = numerator;
            Denominator = denominator;
        }

        public int Numerator { get; }
        public int Denominator { get; }
    }

    public abstract class BufferPool
    {
    }

    public sealed class DefaultBufferPool : BufferPool
    {
    }

    public sealed class VideoCharacteristics
    {
        public VideoCharacteristics(PixelFormats pixelFormat, int width, int height, Fraction framesPerSecond)
        {
            PixelFormat = pixelFormat;
            Width = width;
            Height = height;
            FramesPerSecond = framesPerSecond;
        }

        public PixelFormats PixelFormat { get; }
        public int Width { get; }
        public int Height { get; }
        public Fraction FramesPerSecond { get; }
        public string RawPixelFormat => throw null!;
        public bool IsDiscrete => throw null!;
    }

    public sealed class PixelBuffer
    {
        public int Width => throw null!;
        public int Height => throw null!;
        public long FrameIndex => throw null!;
        public TimeSpan Timestamp => throw null!;
    }

    public class PixelBufferScope : IDisposable
    {
        public PixelBuffer Buffer => throw null!;

        public void Dispose() { }
    }

    public static class PixelBufferScopeExtension
    {
        public static void ReleaseNow(this PixelBufferScope bufferScope) => throw null!;
    }

    public static class PixelBufferExtension
    {
        public static byte[] ExtractImage(this PixelBuffer pixelBuffer) => throw null!;
        public static byte[] CopyImage(this PixelBuffer pixelBuffer) => throw null!;
        public static ArraySegment<byte> ReferImage(this PixelBuffer pixelBuffer) => throw null!;
    }

    public delegate void PixelBufferArrivedDelegate(PixelBufferScope bufferScope);

    public delegate Task PixelBufferArrivedTaskDelegate(PixelBufferScope bufferScope);

    public abstract class CaptureDevice : IDisposable
    {
        protected CaptureDevice() { }

        public string Name => throw null!;
        public VideoCharacteristics Characteristics => throw null!;
        public bool IsRunning => throw null!;

        public void Dispose() { }
    }

    public abstract class CaptureDeviceDescriptor
    {
        protected CaptureDeviceDescriptor() { }

        public object Identity => throw null!;
        public DeviceTypes DeviceType => throw null!;
        public string Name => throw null!;
        public string Description => throw null!;
        public VideoCharacteristics[] Characteristics => throw null!;
    }

    public class CaptureDevices
    {
        public CaptureDevices() { }
        public CaptureDevices(BufferPool defaultBufferPool) { }
    }

    public static class CaptureDevicesExtension
    {
        public static IEnumerable<CaptureDeviceDescriptor> EnumerateDescriptors(this CaptureDevices devices) => throw null!;
        public static CaptureDeviceDescriptor[] GetDescriptors(this CaptureDevices devices) => throw null!;
    }

    public static class CaptureDeviceDescriptorExtension
    {
        public static Task<CaptureDevice> OpenAsync(
            this CaptureDeviceDescriptor descriptor,
            VideoCharacteristics characteristics,
            PixelBufferArrivedDelegate pixelBufferArrived,
            CancellationToken ct = default) => throw null!;

        public static Task<CaptureDevice> OpenAsync(
            this CaptureDeviceDescriptor descriptor,
            VideoCharacteristics characteristics,
            TranscodeFormats transcodeFormat,
            PixelBufferArrivedDelegate pixelBufferArrived,
            CancellationToken ct = default) => throw null!;

        public static Task<CaptureDevice> OpenAsync(
            this CaptureDeviceDescriptor descriptor,
            VideoCharacteristics characteristics,
            TranscodeFormats transcodeFormat,
            bool isScattering,
            int maxQueuingFrames,
            PixelBufferArrivedDelegate pixelBufferArrived,
            CancellationToken ct = default) => throw null!;

        public static Task<CaptureDevice> OpenAsync(
            this CaptureDeviceDescriptor descriptor,
            VideoCharacteristics characteristics,
            PixelBufferArrivedTaskDelegate pixelBufferArrived,
            CancellationToken ct = default) => throw null!;

        public static Task<CaptureDevice> OpenAsync(
            this CaptureDeviceDescriptor descriptor,
            VideoCharacteristics characteristics,
            TranscodeFormats transcodeFormat,
            PixelBufferArrivedTaskDelegate pixelBufferArrived,
            CancellationToken ct = default) => throw null!;

        public static Task<CaptureDevice> OpenAsync(
            this CaptureDeviceDescriptor descriptor,
            VideoCharacteristics characteristics,
            TranscodeFormats transcodeFormat,
            bool isScattering,
            int maxQueuingFrames,
            PixelBufferArrivedTaskDelegate pixelBufferArrived,
            CancellationToken ct = default) => throw null!;

        public static Task<byte[]> TakeOneShotAsync(
            this CaptureDeviceDescriptor descriptor,
            VideoCharacteristics characteristics,
            CancellationToken ct = default) => throw null!;

        public static Task<byte[]> TakeOneShotAsync(
            this CaptureDeviceDescriptor descriptor,
            VideoCharacteristics characteristics,
            TranscodeFormats transcodeFormat,
            CancellationToken ct = default) => throw null!;
    }

    public static class CaptureDeviceExtension
    {
        public static Task StartAsync(this CaptureDevice device, CancellationToken ct = default) => throw null!;
        public static Task StopAsync(this CaptureDevice device, CancellationToken ct = default) => throw null!;
    }
}
