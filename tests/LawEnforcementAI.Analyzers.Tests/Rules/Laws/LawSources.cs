namespace LawEnforcementAI.Analyzers.Tests.Rules.Laws;

/// <summary>
/// Sources for the law packs' rules: an OpenCvSharp frame (location #1) sent with a prompt to a chat client (the
/// sending call is location #0), in the method <see cref="Snippets.InMethod"/> declares.
/// </summary>
internal static class LawSources
{
    public const string Eu = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj";

    public const string California = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=13663";

    /// <summary>A chat client of OpenAI's own service: not Microsoft's.</summary>
    public const string OpenAIChat = "ChatClient chat = new ChatClient(\"gpt-4o\", \"sk-key\");";

    /// <summary>A frame from a webcam ("live"), a video file ("recorded") or a path the code is given ("unknown"), sent with <paramref name="prompt"/>.</summary>
    public static string FrameWithPrompt(string camera, string prompt, string client = Snippets.AzureChat) =>
        Snippets.InMethod(Snippets.OpenCv, Capture(camera) + Send(prompt, "bytes"), client: client);

    public static string Capture(string camera) => $$"""
        using var capture = new VideoCapture({{camera switch { "live" => "0", "recorded" => "\"evidence/bodycam-0412.mp4\"", _ => "path" }}});
        var frame = new Mat();
        {|#1:capture.Read(frame)|};
        byte[] bytes = frame.ToBytes(".jpg");

        """;

    public static string Send(string prompt, string bytes) =>
        $"await {{|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateTextPart(\"{prompt}\"), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes({bytes}), \"image/jpeg\")))|}};";
}
