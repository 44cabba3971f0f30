using OpenCvSharp;

namespace Contoso.Driver;

/// <summary>The body-worn camera, as the device vendor's SDK wrapper exposes it.</summary>
public sealed class BodyCamDriver
{
    /// <summary>A live frame from the camera on device index 0, as JPEG.</summary>
    public byte[] Grab()
    {
        using var capture = new VideoCapture(0);
        using var frame = new Mat();
        capture.Read(frame);
        return frame.ToBytes(".jpg");
    }

    /// <summary>The department's badge, a static asset shipped with the app.</summary>
    public byte[] Badge() => File.ReadAllBytes("assets/badge.png");
}
