// Imitates FlashCap 1.11.0 (assembly FlashCap.dll): the extension methods over FlashCap.Core's types.
// Source: kekyo/FlashCap at 096e2c81 (1.x): FlashCap/PixelBufferExtension.cs (ExtractImage, CopyImage, ReferImage: this
// PixelBuffer pixelBuffer), FlashCap/PixelBufferScopeExtension.cs (ReleaseNow(this PixelBufferScope pixelBufferScope)),
// FlashCap/CaptureDeviceExtension.cs (StartAsync/StopAsync(this CaptureDevice captureDevice, CancellationToken ct)),
// FlashCap/CaptureDevicesExtension.cs (EnumerateDescriptors/GetDescriptors(this CaptureDevices captureDevices)) and
// FlashCap/CaptureDeviceDescriptorExtension.cs (the six OpenAsync overloads and two TakeOneShotAsync overloads of the
// TranscodeFormats era).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace FlashCap
{
    public static class PixelBufferScopeExtension
    {
        public static void ReleaseNow(this PixelBufferScope pixelBufferScope) => throw null!;
    }

    public static class PixelBufferExtension
    {
        public static byte[] ExtractImage(this PixelBuffer pixelBuffer) => throw null!;
        public static byte[] CopyImage(this PixelBuffer pixelBuffer) => throw null!;
        public static ArraySegment<byte> ReferImage(this PixelBuffer pixelBuffer) => throw null!;
    }

    public static class CaptureDevicesExtension
    {
        public static IEnumerable<CaptureDeviceDescriptor> EnumerateDescriptors(this CaptureDevices captureDevices) => throw null!;
        public static CaptureDeviceDescriptor[] GetDescriptors(this CaptureDevices captureDevices) => throw null!;
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
        public static Task StartAsync(this CaptureDevice captureDevice, CancellationToken ct = default) => throw null!;
        public static Task StopAsync(this CaptureDevice captureDevice, CancellationToken ct = default) => throw null!;
    }
}
