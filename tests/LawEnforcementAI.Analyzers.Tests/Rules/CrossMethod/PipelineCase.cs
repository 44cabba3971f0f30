using System.Collections.Generic;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// A multi-file pipeline with a camera frame in it, and its close negative: the same code with the frame replaced by
/// a static image (or with whatever the case names). Markup: <c>{|#0:…|}</c> the sending call, <c>{|#1:…|}</c> the
/// camera source, <c>{|#2:…|}</c> onwards the hops of the route in order.
/// </summary>
public sealed class PipelineCase
{
    public const string Usings = """
        using System;
        using System.ClientModel;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using Azure.AI.OpenAI;
        using OpenAI;
        using OpenAI.Chat;
        using OpenCvSharp;

        """;

    /// <summary>A live webcam frame as JPEG bytes; the RetrieveMat call is the source.</summary>
    public const string Frame = "{|#1:new VideoCapture(0).RetrieveMat()|}.ToBytes(\".jpg\")";

    public const string Logo = "File.ReadAllBytes(\"assets/station-logo.png\")";

    public const string AzureChat = Snippets.AzureChatClient;

    public PipelineCase(string name, int hops, string[] files, string frame = Frame, string negative = Logo)
    {
        Name = name;
        Hops = hops;
        Files = files;
        PositiveFrame = frame;
        NegativeFrame = negative;
    }

    public string Name { get; }

    /// <summary>How many hop locations (#2, #3, …) follow the source in the route.</summary>
    public int Hops { get; }

    public string[] Files { get; }

    public string PositiveFrame { get; }

    public string NegativeFrame { get; }

    public IEnumerable<string> Positive() => Files.Select(f => Usings + f.Replace("<<FRAME>>", PositiveFrame));

    public IEnumerable<string> Negative() => Files.Select(f => (Usings + f.Replace("<<FRAME>>", NegativeFrame)).WithoutMarkup());

    public override string ToString() => Name;

    /// <summary>Sends <paramref name="bytes"/> as an image on an Azure client; the call is location #0.</summary>
    public static string Send(string bytes, string chat = "chat") =>
        $"await {{|#0:{chat}.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes({bytes}), \"image/jpeg\")))|}};";
}
