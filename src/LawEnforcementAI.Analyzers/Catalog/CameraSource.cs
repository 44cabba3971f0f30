
namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>How a camera API produces a frame or a device.</summary>
internal enum SourceShape
{
    /// <summary>Creates a capture device; <see cref="CameraSource.Opening"/> says which argument decides its liveness.</summary>
    CaptureDevice,

    /// <summary>Re-points the receiver device (e.g. <c>VideoCapture.Open</c>), liveness as for <see cref="CaptureDevice"/>.</summary>
    CaptureDeviceOpen,

    /// <summary>Returns a frame read from the receiver device; liveness is the device's.</summary>
    FrameFromDevice,

    /// <summary>
    /// Writes a frame read from the receiver device into <see cref="CameraSource.FrameArgument"/>; with a fixed
    /// <see cref="CameraSource.Liveness"/>, a frame of that liveness whatever the receiver.
    /// </summary>
    FrameIntoArgument,

    /// <summary>The call or property value is itself a frame with a fixed liveness (callbacks, events, one-shot captures).</summary>
    Frame,
}

/// <summary>A camera-capture API: where a frame or a capture device comes from.</summary>
internal sealed class CameraSource : CatalogEntry
{
    private CameraSource(string typeName, ApiMember member, SourceShape shape, FrameLiveness liveness, bool mobile, Slot frameArgument, DeviceOpening? opening)
        : base(typeName, member)
    {
        Shape = shape;
        Liveness = liveness;
        IsMobileCamera = mobile;
        FrameArgument = frameArgument;
        Opening = opening;
    }

    public SourceShape Shape { get; }

    /// <summary>Only meaningful for <see cref="SourceShape.Frame"/>.</summary>
    public FrameLiveness Liveness { get; }

    public bool IsMobileCamera { get; }

    /// <summary>For <see cref="SourceShape.FrameIntoArgument"/>: the argument that receives the frame.</summary>
    public Slot FrameArgument { get; }

    /// <summary>For the device shapes: which argument opens the device and what makes it live.</summary>
    public DeviceOpening? Opening { get; }

    public static CameraSource Device(string type, ApiMember member, DeviceOpening opening) =>
        new(type, member, SourceShape.CaptureDevice, FrameLiveness.Unknown, false, default, opening);

    public static CameraSource DeviceOpen(string type, ApiMember member, DeviceOpening opening) =>
        new(type, member, SourceShape.CaptureDeviceOpen, FrameLiveness.Unknown, false, default, opening);

    public static CameraSource FromDevice(string type, ApiMember member) =>
        new(type, member, SourceShape.FrameFromDevice, FrameLiveness.Unknown, false, default, null);

    public static CameraSource IntoArgument(string type, ApiMember member, string parameter) =>
        new(type, member, SourceShape.FrameIntoArgument, FrameLiveness.Unknown, false, Slot.Parameter(parameter), null);

    /// <summary>Writes a live frame into <paramref name="argument"/> whatever the receiver (<c>WebCamTexture.GetPixels32(colors)</c>).</summary>
    public static CameraSource LiveIntoArgument(string type, ApiMember member, Slot argument) =>
        new(type, member, SourceShape.FrameIntoArgument, FrameLiveness.Live, false, argument, null);

    public static CameraSource LiveFrame(string type, ApiMember member) =>
        new(type, member, SourceShape.Frame, FrameLiveness.Live, false, default, null);

    public static CameraSource MobileLiveFrame(string type, ApiMember member) =>
        new(type, member, SourceShape.Frame, FrameLiveness.Live, true, default, null);

    /// <summary>A team's own camera wrapper, declared in the model file as live or recorded footage.</summary>
    public static CameraSource DeclaredFrame(string type, ApiMember member, FrameLiveness liveness, bool mobile) =>
        new(type, member, SourceShape.Frame, liveness, mobile, default, null);

    public override string Describe() => Shape switch
    {
        SourceShape.CaptureDevice => "opens a capture device (" + Opening!.Describe() + ")",
        SourceShape.CaptureDeviceOpen => "re-opens the capture device (" + Opening!.Describe() + ")",
        SourceShape.FrameFromDevice => "returns a frame of the device",
        SourceShape.FrameIntoArgument => (Liveness == FrameLiveness.Live ? "writes a live frame into " : "reads a frame of the device into ") + FrameArgument,
        _ => "a " + (Liveness == FrameLiveness.Recorded ? "recorded" : "live") + (IsMobileCamera ? " mobile-camera frame" : " frame"),
    };
}
