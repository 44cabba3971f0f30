// Imitates FlashCap.Core 1.11.0 (assembly FlashCap.Core.dll): the core types; the extension methods that open devices and
// read pixel buffers ship in FlashCap.dll (the FlashCap stand-in). Since 1.0 the frame callback receives a PixelBufferScope.
// Source: kekyo/FlashCap at 096e2c81 (1.x): FlashCap.Core/CaptureDeviceDescriptor.cs (DeviceTypes, TranscodeFormats in
// declaration order, both callback delegates, the abstract descriptor: Identity, DeviceType, Name, Description,
// Characteristics), FlashCap.Core/VideoCharacteristics.cs (PixelFormats in declaration order; read-only fields),
// FlashCap.Core/Utilities/Fraction.cs (namespace FlashCap.Utilities; read-only fields), FlashCap.Core/PixelBuffer.cs
// (Timestamp, FrameIndex), FlashCap.Core/PixelBufferScope.cs (abstract; Buffer), FlashCap.Core/CaptureDevice.cs
// (Identity, Name, Characteristics, IsRunning, Dispose, DisposeAsync), FlashCap.Core/CaptureDevices.cs and
// FlashCap.Core/BufferPool.cs.
using System;
using System.Threading.Tasks;
using FlashCap.Utilities;

namespace FlashCap.Utilities
{
    public readonly struct Fraction
    {
        public readonly int Numerator;
        public readonly int Denominator;

        public Fraction(int numerator, int denominator)
        {
            Numerator = numerator;
            Denominator = denominator;
        }
    }
}

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
        JPEG,
        PNG,
        UYVY,
        YUYV,
        NV12,
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
        BT601FullRange,
        BT709,
        BT709FullRange,
        BT2020,
        BT2020FullRange,
    }

    public abstract class BufferPool
    {
        protected BufferPool() { }
    }

    public sealed class DefaultBufferPool : BufferPool
    {
        public DefaultBufferPool() { }
        public DefaultBufferPool(int maxReservedBufferElements) { }
    }

    public sealed class VideoCharacteristics
    {
        public readonly PixelFormats PixelFormat;
        public readonly int Width;
        public readonly int Height;
        public readonly Fraction FramesPerSecond;
        public readonly string Description;
        public readonly bool IsDiscrete;
        public readonly string RawPixelFormat;

        public VideoCharacteristics(PixelFormats pixelFormat, int width, int height, Fraction framesPerSecond)
        {
            PixelFormat = pixelFormat;
            Width = width;
            Height = height;
            FramesPerSecond = framesPerSecond;
            Description = RawPixelFormat = pixelFormat.ToString();
            IsDiscrete = true;
        }
    }

    public sealed class PixelBuffer
    {
        internal PixelBuffer() { }

        public TimeSpan Timestamp => throw null!;
        public long FrameIndex => throw null!;
    }

    public abstract class PixelBufferScope
    {
        protected PixelBufferScope(PixelBuffer buffer) => Buffer = buffer;

        public PixelBuffer Buffer { get; }
    }

    public delegate void PixelBufferArrivedDelegate(PixelBufferScope bufferScope);

    public delegate Task PixelBufferArrivedTaskDelegate(PixelBufferScope bufferScope);

    public abstract class CaptureDevice : IDisposable
    {
        protected CaptureDevice(object identity, string name)
        {
            Identity = identity;
            Name = name;
        }

        public object Identity { get; }
        public string Name { get; }
        public VideoCharacteristics Characteristics { get; protected set; } = null!;
        public bool IsRunning { get; protected set; }

        public void Dispose() { }
        public Task DisposeAsync() => throw null!;
    }

    public abstract class CaptureDeviceDescriptor
    {
        protected CaptureDeviceDescriptor(string name, string description, VideoCharacteristics[] characteristics, BufferPool defaultBufferPool)
        {
            Name = name;
            Description = description;
            Characteristics = characteristics;
        }

        public abstract object Identity { get; }
        public abstract DeviceTypes DeviceType { get; }
        public string Name { get; }
        public string Description { get; }
        public VideoCharacteristics[] Characteristics { get; }
    }

    public class CaptureDevices
    {
        public CaptureDevices() { }
        public CaptureDevices(BufferPool defaultBufferPool) { }
    }
}
