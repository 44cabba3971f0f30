namespace LawEnforcementAI.Analyzers.Tests.Rules.Sinks;

/// <summary>
/// One way of sending an image request beyond OpenAI chat: the client it needs, the call that sends <c>bytes</c>
/// (marked <c>{|#0:…|}</c>), and the usings of its SDK. <see cref="Source"/> puts it in a method after a live webcam
/// frame (#1) or, for the close negatives, after a static image or text.
/// </summary>
public sealed class SinkCase
{
    public SinkCase(string name, string usings, string client, string send, string members = "")
    {
        Name = name;
        Usings = usings;
        Client = client;
        Send = send;
        Members = members;
    }

    public string Name { get; }

    public string Usings { get; }

    public string Client { get; }

    public string Send { get; }

    public string Members { get; }

    /// <summary>A live webcam frame encoded to <c>bytes</c>; the Read call is #1.</summary>
    public const string LiveFrame = """
        using var capture = new VideoCapture(0);
        using var frame = new Mat();
        {|#1:capture.Read(frame)|};
        byte[] bytes = frame.ToBytes(".jpg");
        """;

    /// <summary>The agency's badge, a static asset read from a constant path: no camera frame.</summary>
    public const string StaticImage = """byte[] bytes = File.ReadAllBytes("assets/badge.jpg");""";

    public string Source(string image = LiveFrame) => $$"""
        #pragma warning disable OPENAI001, OPENAI002 // Responses, Assistants (001) and Realtime (002) are evaluation APIs in OpenAI 2.15
        using System;
        using System.ClientModel;
        using System.Collections.Generic;
        using System.IO;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using Azure;
        using Azure.AI.OpenAI;
        using Microsoft.Extensions.Configuration;
        using OpenAI;
        using OpenCvSharp;
        {{Usings}}

        public class Sender
        {
            {{Members}}

            public async Task RunAsync(CancellationToken ct)
            {
                {{Client}}
                {{image}}
                {{Send}}
            }
        }
        """;

    /// <summary>The same sending code with another client (a close negative).</summary>
    public SinkCase WithClient(string name, string client, string members = "") => new(Name + ", " + name, Usings, client, Send, members);

    public override string ToString() => Name;

    internal static object[] Row(SinkCase sinkCase) => new object[] { sinkCase };
}
