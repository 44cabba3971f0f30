using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Files;

/// <summary>
/// Frames through files within one method (docs/flow.md, "Frames through files"): a live webcam frame (#1) written to a
/// path and read back from the same path reaches the request (#0); each route has a close negative in which the frame
/// is written but another file is read back.
/// </summary>
public class FramesThroughFilesTests
{
    private const string Capture = "using var capture = new VideoCapture(0); using var frame = new Mat(); {|#1:capture.Read(frame)|};\n";

    private const string Drawing = "using OpenCvSharp; using OpenCvSharp.Extensions; using System.Drawing; using System.Drawing.Imaging;";

    /// <summary>Name, usings, the body after the capture (it sends <c>bytes</c>, <c>data</c> or <c>uri</c>), and the close negative's body.</summary>
    public static IEnumerable<object[]> Routes() => new[]
    {
        Route("Cv2.ImWrite then File.ReadAllBytes, same constant",
            "Cv2.ImWrite(\"captures/latest.jpg\", frame); var bytes = File.ReadAllBytes(\"captures/latest.jpg\");\n" + Snippets.SendBytes,
            "Cv2.ImWrite(\"captures/latest.jpg\", frame); var bytes = File.ReadAllBytes(\"assets/station-logo.png\");\n" + Snippets.SendBytes),
        Route("Mat.ImWrite then File.ReadAllBytesAsync, same local",
            "var file = Path.GetTempFileName(); frame.ImWrite(file); var bytes = await File.ReadAllBytesAsync(file, ct);\n" + Snippets.SendBytes,
            "var file = Path.GetTempFileName(); var other = Path.GetTempFileName(); frame.ImWrite(file); var bytes = await File.ReadAllBytesAsync(other, ct);\n" + Snippets.SendBytes),
        Route("Mat.SaveImage then Cv2.ImRead, the same Path.Combine twice",
            "frame.SaveImage(Path.Combine(path, \"frame.jpg\")); using var loaded = Cv2.ImRead(Path.Combine(path, \"frame.jpg\")); var bytes = loaded.ToBytes(\".jpg\");\n" + Snippets.SendBytes,
            "frame.SaveImage(Path.Combine(path, \"frame.jpg\")); using var loaded = Cv2.ImRead(Path.Combine(path, \"logo.png\")); var bytes = loaded.ToBytes(\".jpg\");\n" + Snippets.SendBytes),
        Route("Cv2.ImWrite then new Mat(fileName), a local holding Path.Combine",
            "var file = Path.Combine(path, \"frame.jpg\"); Cv2.ImWrite(file, frame); using var loaded = new Mat(Path.Combine(path, \"frame.jpg\")); var bytes = loaded.ToBytes(\".jpg\");\n" + Snippets.SendBytes,
            "var file = Path.Combine(path, \"frame.jpg\"); Cv2.ImWrite(file, frame); using var loaded = new Mat(Path.Combine(path, \"logo.png\")); var bytes = loaded.ToBytes(\".jpg\");\n" + Snippets.SendBytes),
        Route("File.WriteAllBytes then File.OpenRead and BinaryData.FromStream, an interpolated path",
            "File.WriteAllBytes($\"{path}/frame.jpg\", frame.ToBytes(\".jpg\")); using var stream = File.OpenRead($\"{path}/frame.jpg\"); var data = BinaryData.FromStream(stream);\n" + Snippets.SendData,
            "File.WriteAllBytes($\"{path}/frame.jpg\", frame.ToBytes(\".jpg\")); using var stream = File.OpenRead($\"{path}/logo.png\"); var data = BinaryData.FromStream(stream);\n" + Snippets.SendData),
        Route("File.WriteAllBytesAsync then new FileStream",
            "await File.WriteAllBytesAsync(\"frame.jpg\", frame.ToBytes(\".jpg\"), ct); using var stream = new FileStream(\"frame.jpg\", FileMode.Open); var data = BinaryData.FromStream(stream);\n" + Snippets.SendData,
            "await File.WriteAllBytesAsync(\"frame.jpg\", frame.ToBytes(\".jpg\"), ct); using var stream = new FileStream(\"logo.png\", FileMode.Open); var data = BinaryData.FromStream(stream);\n" + Snippets.SendData),
        Route("a FileStream written with the bytes, then File.ReadAllBytes",
            "using (var output = new FileStream(\"frame.jpg\", FileMode.Create)) { output.Write(frame.ToBytes(\".jpg\")); } var bytes = File.ReadAllBytes(\"frame.jpg\");\n" + Snippets.SendBytes,
            "using (var output = new FileStream(\"frame.jpg\", FileMode.Create)) { output.Write(frame.ToBytes(\".jpg\")); } var bytes = File.ReadAllBytes(\"logo.png\");\n" + Snippets.SendBytes),
        Route("File.Create and Mat.WriteToStream, then File.ReadAllBytes",
            "using (var output = File.Create(\"frame.jpg\")) { frame.WriteToStream(output); } var bytes = File.ReadAllBytes(\"frame.jpg\");\n" + Snippets.SendBytes,
            "using (var output = File.Create(\"frame.jpg\")) { frame.WriteToStream(output); } var bytes = File.ReadAllBytes(\"logo.png\");\n" + Snippets.SendBytes),
        Route("File.OpenWrite, a stream assigned later, then File.ReadAllBytes",
            "Stream output; output = File.OpenWrite(\"frame.jpg\"); output.Write(frame.ToBytes(\".jpg\")); output.Dispose(); var bytes = File.ReadAllBytes(\"frame.jpg\");\n" + Snippets.SendBytes,
            "Stream output; output = File.OpenWrite(\"frame.jpg\"); output.Write(frame.ToBytes(\".jpg\")); output.Dispose(); var bytes = File.ReadAllBytes(\"logo.png\");\n" + Snippets.SendBytes),
        Route("File.Open for writing, then File.ReadAllBytes",
            "using (var output = File.Open(\"frame.jpg\", FileMode.Create)) { output.Write(frame.ToBytes(\".jpg\")); } var bytes = File.ReadAllBytes(\"frame.jpg\");\n" + Snippets.SendBytes,
            "using (var output = File.Open(\"frame.jpg\", FileMode.Create)) { output.Write(frame.ToBytes(\".jpg\")); } var bytes = File.ReadAllBytes(\"logo.png\");\n" + Snippets.SendBytes),
        Route("base64 text through File.WriteAllText and File.ReadAllText",
            "File.WriteAllText(\"frame.b64\", Convert.ToBase64String(frame.ToBytes(\".jpg\"))); var uri = new Uri(\"data:image/jpeg;base64,\" + File.ReadAllText(\"frame.b64\"));\n" + SendUri,
            "File.WriteAllText(\"frame.b64\", Convert.ToBase64String(frame.ToBytes(\".jpg\"))); var uri = new Uri(\"data:image/jpeg;base64,\" + File.ReadAllText(\"logo.b64\"));\n" + SendUri),
        Route("base64 text through File.WriteAllTextAsync and File.ReadAllTextAsync",
            "await File.WriteAllTextAsync(\"frame.b64\", Convert.ToBase64String(frame.ToBytes(\".jpg\")), ct); var uri = new Uri(\"data:image/jpeg;base64,\" + await File.ReadAllTextAsync(\"frame.b64\", ct));\n" + SendUri,
            "await File.WriteAllTextAsync(\"frame.b64\", Convert.ToBase64String(frame.ToBytes(\".jpg\")), ct); var uri = new Uri(\"data:image/jpeg;base64,\" + await File.ReadAllTextAsync(\"logo.b64\", ct));\n" + SendUri),
        Route("System.Drawing Image.Save then Image.FromFile",
            "using (var bitmap = frame.ToBitmap()) { bitmap.Save(\"frame.png\"); } using var loaded = Image.FromFile(\"frame.png\"); using var stream = new MemoryStream(); loaded.Save(stream, ImageFormat.Jpeg); var bytes = stream.ToArray();\n" + Snippets.SendBytes,
            "using (var bitmap = frame.ToBitmap()) { bitmap.Save(\"frame.png\"); } using var loaded = Image.FromFile(\"logo.png\"); using var stream = new MemoryStream(); loaded.Save(stream, ImageFormat.Jpeg); var bytes = stream.ToArray();\n" + Snippets.SendBytes,
            Drawing),
        Route("System.Drawing Image.Save with a format, then new Bitmap(filename)",
            "using (var bitmap = frame.ToBitmap()) { bitmap.Save(\"frame.jpg\", ImageFormat.Jpeg); } using var loaded = new Bitmap(\"frame.jpg\"); using var stream = new MemoryStream(); loaded.Save(stream, ImageFormat.Jpeg); var bytes = stream.ToArray();\n" + Snippets.SendBytes,
            "using (var bitmap = frame.ToBitmap()) { bitmap.Save(\"frame.jpg\", ImageFormat.Jpeg); } using var loaded = new Bitmap(\"logo.jpg\"); using var stream = new MemoryStream(); loaded.Save(stream, ImageFormat.Jpeg); var bytes = stream.ToArray();\n" + Snippets.SendBytes,
            Drawing),
    };

    private const string SendUri = "await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(uri)))|};";

    [Theory]
    [MemberData(nameof(Routes))]
    public Task FrameWrittenAndReadBack_IsReported(string name, string usings, string positive, string negative)
    {
        _ = (name, negative);
        return new FlowTest("police", "US")
        {
            TestCode = Snippets.InMethod(usings, Capture + positive),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public Task FrameWrittenButAnotherFileRead_IsNotReported(string name, string usings, string positive, string negative)
    {
        _ = (name, positive);
        return new FlowTest("police, body-cam", "US") { TestCode = Snippets.InMethod(usings, (Capture + negative).WithoutMarkup()) }.RunAsync();
    }

    [Fact]
    public Task LiveFrameThroughAFile_StaysLive() =>
        new FlowTest("body-cam", "GB")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, Capture + "Cv2.ImWrite(\"latest.jpg\", frame); var bytes = File.ReadAllBytes(\"latest.jpg\");\n" + Snippets.SendBytes),
            ExpectedDiagnostics = { Diag("LEAI002").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task RecordedFrameThroughAFile_StaysRecorded() =>
        new FlowTest("body-cam", "GB")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, """
                using var video = new VideoCapture("evidence/shift-0412.mp4");
                using var frame = new Mat();
                video.Read(frame);
                Cv2.ImWrite("latest.jpg", frame);
                var bytes = File.ReadAllBytes("latest.jpg");
                """ + Snippets.SendBytes).WithoutMarkup(),
        }.RunAsync();

    [Fact]
    public Task StaticAssetNobodyWritesAFrameTo_IsNotAFrame() =>
        new FlowTest("police, body-cam", "US")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, (Capture + "Cv2.ImWrite(path, frame); var bytes = File.ReadAllBytes(\"assets/logo.png\");\n" + Snippets.SendBytes).WithoutMarkup()),
        }.RunAsync();

    private static object[] Route(string name, string positive, string negative, string usings = Snippets.OpenCv) =>
        new object[] { name, usings, positive, negative };
}
