using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Where a frame goes to disk and comes back: what is written to a path and read back from the same path is still that
/// frame, live or recorded as it was.
/// </summary>
internal static class FileTable
{
    private static readonly Slot This = Slot.Receiver;
    private static readonly Slot Return = Slot.Result;

    public static readonly ImmutableArray<FileOperation> Entries = ImmutableArray.Create(
        // OpenCvSharp
        Write("OpenCvSharp.Cv2", "ImWrite", P("fileName"), P("img")),
        Write("OpenCvSharp.Mat", "ImWrite", P("fileName"), This),
        Write("OpenCvSharp.Mat", "SaveImage", P("fileName"), This),
        Read("OpenCvSharp.Cv2", "ImRead", P("fileName")),
        Read("OpenCvSharp.Mat", ApiMember.Constructor, P("fileName")),

        // System.IO
        Write("System.IO.File", "WriteAllBytes", P("path"), P("bytes")),
        Write("System.IO.File", "WriteAllBytesAsync", P("path"), P("bytes")),
        Write("System.IO.File", "WriteAllText", P("path"), P("contents")),
        Write("System.IO.File", "WriteAllTextAsync", P("path"), P("contents")),
        Read("System.IO.File", "ReadAllBytes", P("path")),
        Read("System.IO.File", "ReadAllBytesAsync", P("path")),
        Read("System.IO.File", "ReadAllText", P("path")),
        Read("System.IO.File", "ReadAllTextAsync", P("path")),
        OpenForReading("System.IO.File", "OpenRead", P("path")),
        Open("System.IO.File", "OpenWrite", P("path")),
        Open("System.IO.File", "Open", P("path")),
        Open("System.IO.File", "Create", P("path")),
        Open("System.IO.FileStream", ApiMember.Constructor, P("path")),

        // System.Drawing
        Write("System.Drawing.Image", "Save", P("filename"), This),
        Read("System.Drawing.Image", "FromFile", P("filename")),
        Read("System.Drawing.Bitmap", ApiMember.Constructor, P("filename")));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(FileTable), files: Entries);

    private static FileOperation Write(string type, ApiMember member, Slot path, Slot content) => new(type, member, FileOperationKind.Write, path, content);

    private static FileOperation Read(string type, ApiMember member, Slot path) => new(type, member, FileOperationKind.Read, path, Return);

    private static FileOperation Open(string type, ApiMember member, Slot path) => new(type, member, FileOperationKind.Open, path, Return);

    private static FileOperation OpenForReading(string type, ApiMember member, Slot path) => new(type, member, FileOperationKind.Open, path, Return, readsOnly: true);

    private static Slot P(string parameter) => Slot.Parameter(parameter);
}
