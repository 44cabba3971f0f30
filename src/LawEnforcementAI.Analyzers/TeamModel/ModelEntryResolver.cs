using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.TeamModel;

/// <summary>Turns an entry and one member its ID names into the catalogue entry the engine reads, or says why it cannot.</summary>
internal static class ModelEntryResolver
{
    public static CatalogEntry? ToCatalogEntry(ModelEntry entry, ISymbol member, out string? problem)
    {
        problem = null;
        var type = TypeName(member.ContainingType);
        if (member is IPropertySymbol property)
        {
            // The parser admits properties for sources only.
            return CameraSource.DeclaredFrame(type, property.Name, entry.Liveness, entry.IsMobile);
        }

        if (member is not IMethodSymbol method)
        {
            problem = "'" + entry.DocumentationId + "' is not a method";
            return null;
        }

        var isConstructor = method.MethodKind == MethodKind.Constructor;
        if (isConstructor && entry.Kind != ModelEntryKind.Through)
        {
            problem = "'" + entry.DocumentationId + "' is a constructor; a " + KindWord(entry.Kind) + " must be a method";
            return null;
        }

        if (!isConstructor && method.ReturnsVoid && entry.Kind != ModelEntryKind.Sink)
        {
            // The engine follows values, not changes made in place: a void blur or capture would silently do nothing.
            problem = "'" + entry.DocumentationId + "' returns nothing, so a " + KindWord(entry.Kind) + " entry has no result to describe";
            return null;
        }

        ApiMember name = isConstructor ? ApiMember.Constructor : ApiMember.Named(method.Name);
        switch (entry.Kind)
        {
            case ModelEntryKind.Source:
                return CameraSource.DeclaredFrame(type, name, entry.Liveness, entry.IsMobile);
            case ModelEntryKind.Sanitizer:
                return new Sanitizer(type, name);
            case ModelEntryKind.Sink when entry.Argument!.Value.Resolve(method, receiverAllowed: false, out problem) is { } image:
                return new VisionSink(type, name, ImmutableArray.Create(image));
            case ModelEntryKind.Through when entry.Argument!.Value.Resolve(method, receiverAllowed: true, out problem) is { } from:
                return new FlowThrough(type, name, from, Slot.Result);
            default:
                problem = "'" + entry.DocumentationId + "': " + problem;
                return null;
        }
    }

    private static string KindWord(ModelEntryKind kind) => kind switch
    {
        ModelEntryKind.Through => "flow-through",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Namespace-qualified metadata name, as the shipped tables write types (so diagnostics name both alike).</summary>
    private static string TypeName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }
}
