using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using LawEnforcementAI.Analyzers.Catalog;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>docs/catalog.md's lists, written from every table (the page holds the block between the markers).</summary>
internal static class CatalogPage
{
    public const string Begin = "<!-- catalog:begin (generated from src/LawEnforcementAI.Analyzers/Catalog; LEAI_UPDATE_DOCS=1 dotnet test rewrites it) -->";

    public const string End = "<!-- catalog:end -->";

    public static string Render(ApiCatalog catalogue)
    {
        var text = new StringBuilder();
        text.Append("**Cameras**: a frame from these is followed.\n\n| API | What it gives |\n|---|---|\n");
        foreach (var source in catalogue.Sources)
        {
            text.Append($"| {Api(source)} | {source.Describe()} |\n");
        }

        text.Append("\n**Vision calls**: reported when a frame reaches them.\n\n| API | What it sends |\n|---|---|\n");
        foreach (var sink in catalogue.Sinks)
        {
            text.Append($"| {Api(sink)} | {sink.Describe()} |\n");
        }

        text.Append("\n**Clients**: how the service behind a client is told (a client that provably targets another service is not reported).\n\n| API | Service |\n|---|---|\n");
        foreach (var entry in catalogue.ClientFactories.Cast<CatalogEntry>().Concat(catalogue.EndpointProperties))
        {
            text.Append($"| {Api(entry)} | {entry.Describe()} |\n");
        }

        text.Append("\n**Frames flow through** these members of library types (encoders, streams, text, tasks, collections, SDK messages):\n\n");
        foreach (var type in catalogue.FlowThrough.GroupBy(f => f.TypeName))
        {
            var members = type.Select(f => f.Member).Distinct().Select(Member);
            text.Append($"- `{TypeName(type.Key)}`: {string.Join(", ", members)}\n");
        }

        text.Append("\n**Frames through files**: a frame written to a path and read back from the same path (docs/flow.md) is still that frame.\n\n| API | What it does |\n|---|---|\n");
        foreach (var file in catalogue.Files)
        {
            text.Append($"| {Api(file)} | {file.Describe()} |\n");
        }

        text.Append("\n**Services from the container**: a service is one value per service type across the program; a constructor parameter of the type receives it (docs/flow.md).\n\n| API | What it does |\n|---|---|\n");
        foreach (var service in catalogue.ContainerServices)
        {
            text.Append($"| {Api(service)} | {service.Describe()} |\n");
        }

        text.Append("\n**Shared containers**: the fields and parameters of these types with the same element type are one value across classes.\n\n");
        foreach (var family in catalogue.SharedContainers)
        {
            text.Append($"- {family.Name}: {string.Join(", ", family.TypeNames.Select(t => "`" + TypeName(t) + "`"))}\n");
        }

        text.Append("\n**Images of unknown origin** (LEAI007): what these give the program came from outside it.\n\n| API | What it gives |\n|---|---|\n");
        foreach (var origin in catalogue.UnknownOrigins)
        {
            text.Append($"| {Api(origin)} | {origin.Describe()} |\n");
        }

        text.Append("\n**Azure AI Face recognition operations** (LEAI005) and **Amazon Rekognition face comparison** (LEAI011): every overload of each.\n\n| API | Operation |\n|---|---|\n");
        foreach (var operation in catalogue.FaceOperations)
        {
            text.Append($"| {Api(operation)} | {operation.Kind.Describe()} |\n");
        }

        text.Append("\n**Image parts** (LEAI003, LEAI004): a request with one of these carries an image, and its text is read as the prompt.\n\n| API | What it makes |\n|---|---|\n");
        foreach (var part in catalogue.ImageParts)
        {
            text.Append($"| {Api(part)} | {part.Describe()} |\n");
        }

        return text.ToString();
    }

    /// <summary>The text between the markers of <paramref name="readme"/>, or null when the markers are missing.</summary>
    public static string? Block(string readme)
    {
        var begin = readme.IndexOf(Begin, System.StringComparison.Ordinal);
        var end = readme.IndexOf(End, System.StringComparison.Ordinal);
        return begin < 0 || end < begin ? null : readme.Substring(begin + Begin.Length, end - begin - Begin.Length).Trim('\n') + "\n";
    }

    public static string Replace(string readme, string block)
    {
        var begin = readme.IndexOf(Begin, System.StringComparison.Ordinal);
        var end = readme.IndexOf(End, System.StringComparison.Ordinal);
        return readme.Substring(0, begin + Begin.Length) + "\n" + block + readme.Substring(end);
    }

    private static string Api(CatalogEntry entry) => entry.Member.Kind switch
    {
        ApiMemberKind.Constructor => $"`new {TypeName(entry.TypeName)}(…)`",
        _ => $"`{TypeName(entry.TypeName)}.{entry.Member.Name}`",
    };

    private static string Member(ApiMember member) => member.Kind switch
    {
        ApiMemberKind.Constructor => "constructor",
        ApiMemberKind.Every => "every method",
        _ => "`" + member.Name + "`",
    };

    /// <summary><c>System.Collections.Generic.List`1</c> as <c>System.Collections.Generic.List&lt;…&gt;</c>.</summary>
    private static string TypeName(string metadataName) => Regex.Replace(metadataName, "`\\d+", "<…>");
}
