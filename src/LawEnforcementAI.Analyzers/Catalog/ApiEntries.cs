using LawEnforcementAI.Analyzers.Flow;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>Names a value at a call: the receiver, the result, any argument, or the argument of a named parameter.</summary>
public static class Slot
{
    /// <summary>The instance, or the first argument of an extension method.</summary>
    public const string This = "this";

    public const string Return = "return";

    public const string AnyArgument = "*";

    public const string Constructor = ".ctor";
}

/// <summary>How a camera API produces a frame or a device.</summary>
public enum SourceShape
{
    /// <summary>Creates a capture device; liveness from the first argument (index or URL = live, constant file = recorded).</summary>
    CaptureDevice,

    /// <summary>Re-points the receiver device (e.g. <c>VideoCapture.Open</c>); liveness from the first argument.</summary>
    CaptureDeviceOpen,

    /// <summary>Returns a frame read from the receiver device; liveness is the device's.</summary>
    FrameFromDevice,

    /// <summary>Writes a frame read from the receiver device into the argument named by <see cref="CameraSource.Parameter"/>.</summary>
    FrameIntoArgument,

    /// <summary>The call or property value is itself a frame with a fixed liveness (callbacks, events, one-shot captures).</summary>
    Frame,
}

public sealed class CameraSource
{
    private CameraSource(string typeName, string member, SourceShape shape, FrameLiveness liveness, bool mobile, string? parameter)
    {
        TypeName = typeName;
        Member = member;
        Shape = shape;
        Liveness = liveness;
        IsMobileCamera = mobile;
        Parameter = parameter;
    }

    public string TypeName { get; }

    public string Member { get; }

    public SourceShape Shape { get; }

    /// <summary>Only meaningful for <see cref="SourceShape.Frame"/>.</summary>
    public FrameLiveness Liveness { get; }

    public bool IsMobileCamera { get; }

    public string? Parameter { get; }

    public static CameraSource Device(string type, string member) => new(type, member, SourceShape.CaptureDevice, FrameLiveness.Unknown, false, null);

    public static CameraSource DeviceOpen(string type, string member) => new(type, member, SourceShape.CaptureDeviceOpen, FrameLiveness.Unknown, false, null);

    public static CameraSource FromDevice(string type, string member) => new(type, member, SourceShape.FrameFromDevice, FrameLiveness.Unknown, false, null);

    public static CameraSource IntoArgument(string type, string member, string parameter) => new(type, member, SourceShape.FrameIntoArgument, FrameLiveness.Unknown, false, parameter);

    public static CameraSource LiveFrame(string type, string member) => new(type, member, SourceShape.Frame, FrameLiveness.Live, false, null);

    public static CameraSource MobileLiveFrame(string type, string member) => new(type, member, SourceShape.Frame, FrameLiveness.Live, true, null);
}

/// <summary>A library member through which a frame (or a device, or a client's provider) flows unchanged in meaning.</summary>
public sealed class FlowThrough
{
    public FlowThrough(string? typeName, string member, string from, string to)
    {
        TypeName = typeName;
        Member = member;
        From = from;
        To = to;
    }

    /// <summary>Null means "any type" (collection-like verbs such as <c>Add</c>).</summary>
    public string? TypeName { get; }

    /// <summary>A member name, <see cref="Slot.Constructor"/>, or <see cref="Slot.AnyArgument"/> for every member.</summary>
    public string Member { get; }

    public string From { get; }

    public string To { get; }
}

/// <summary>A call that sends a model request; <see cref="RequestParameters"/> name the arguments that carry it.</summary>
public sealed class VisionSink
{
    public VisionSink(string typeName, string member, params string[] requestParameters)
    {
        TypeName = typeName;
        Member = member;
        RequestParameters = requestParameters;
    }

    public string TypeName { get; }

    public string Member { get; }

    public string[] RequestParameters { get; }
}

public enum ProviderRule
{
    /// <summary>The client is Azure OpenAI by type.</summary>
    Azure,

    /// <summary>OpenAI's own service unless an options or settings argument points elsewhere.</summary>
    NonAzureUnlessOptions,

    /// <summary>Azure when constructed with an endpoint <c>Uri</c>; OpenAI's service when only given an API key.</summary>
    AzureIfEndpointArgument,
}

/// <summary>A constructor or factory that creates an AI client, and how to tell which service it targets.</summary>
public sealed class ClientFactory
{
    public ClientFactory(string typeName, string member, ProviderRule rule)
    {
        TypeName = typeName;
        Member = member;
        Rule = rule;
    }

    public string TypeName { get; }

    public string Member { get; }

    public ProviderRule Rule { get; }
}

/// <summary>A settable endpoint on a client options type; the assigned URL decides Azure versus not.</summary>
public sealed class EndpointProperty
{
    public EndpointProperty(string typeName, string property)
    {
        TypeName = typeName;
        Property = property;
    }

    public string TypeName { get; }

    public string Property { get; }
}
