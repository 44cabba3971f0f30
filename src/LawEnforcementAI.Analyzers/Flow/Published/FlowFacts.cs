using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.TeamModel;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What a project's members do with frames at its boundary, for the projects that reference it (docs/flow.md,
/// "Across projects"), written as a model file (<see cref="ModelFile"/>): a public method that returns a camera frame is
/// a <c>source</c> (live or recorded, as its device was opened); one whose image parameter reaches a vision request
/// that may go to Azure is a <c>sink</c> of that parameter; one whose image parameter flows into what it returns is a
/// <c>through</c>. The facts come from the project's whole-program solve, whatever its attribution: the referencing
/// project's attribution decides its own findings.
/// </summary>
internal static class FlowFacts
{
    /// <summary>The key of the <c>AssemblyMetadata</c> attribute that carries the facts.</summary>
    public const string MetadataKey = "LawEnforcementAI.Flow";

    /// <summary>Entries a project publishes at most: a size bound, far above any wrapper library's surface.</summary>
    public const int MaxEntries = 500;

    /// <summary>The facts of <paramref name="compilation"/> as model-file text, or null when it has none to publish.</summary>
    public static string? Of(CompilationContext context, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!context.Index.HasSources && !context.Index.HasSinks)
        {
            return null;
        }

        // Only the public members that can have a fact, and the bodies that can add one to them (their route
        // neighbourhood, as a document's own analysis finds it): a project pays for its boundary, not its whole program.
        var own = Candidates(context, compilation, cancellationToken).ToList();
        if (own.Count == 0)
        {
            return null;
        }

        var boundary = own.Select(s => s.Owner).OfType<IMethodSymbol>().ToList();
        var result = RouteNeighbourhood.Solve(own, context, compilation, cancellationToken, boundary);
        var lines = new SortedSet<string>(System.StringComparer.Ordinal);
        // Only requests that may reach Microsoft's service are sinks to other projects, as they always were: the
        // referencing project's rules read a published sink as one of unknown service. Not a face gallery either.
        foreach (var finding in result.Findings.Where(f => f.MayReachMicrosoft && !f.EnrolsFaces))
        {
            foreach (var origin in finding.Origins)
            {
                if (ParameterOf(origin) is { } parameter && IsPublished(parameter.Method))
                {
                    lines.Add("sink image=" + parameter.Ordinal + " " + Id(parameter.Method));
                }
            }
        }

        foreach (var entry in result.Returns)
        {
            AddReturnFacts(entry.Key, entry.Value, lines);
        }

        if (lines.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(ModelFileParser.Header).Append('\n')
            .Append("# Published by LawEnforcementAI.Analyzers from ").Append(compilation.AssemblyName).Append('\n');
        foreach (var line in lines.Take(MaxEntries))
        {
            text.Append(line).Append('\n');
        }

        if (lines.Count > MaxEntries)
        {
            text.Append("# ").Append(lines.Count - MaxEntries).Append(" more entries left out (at most ").Append(MaxEntries).Append(")\n");
        }

        return text.ToString();
    }

    private static void AddReturnFacts(IMethodSymbol method, FlowValue returned, SortedSet<string> lines)
    {
        var frames = returned.Frames.Where(o => !o.IsUnknownOrigin).ToList();
        if (frames.Count > 0)
        {
            // A frame of unknown liveness is live, as the rules read it in body-cam code.
            var live = frames.Any(o => o.Liveness != FrameLiveness.Recorded);
            var mobile = frames.Any(o => o.IsMobileCamera);
            var id = method.AssociatedSymbol is IPropertySymbol property && method.MethodKind == MethodKind.PropertyGet ? Id(property) : Id(method);
            lines.Add("source " + (live ? "live" : "recorded") + (mobile ? " mobile" : string.Empty) + " " + id);
        }

        foreach (var origin in returned.Frames)
        {
            if (ParameterOf(origin) is { } parameter && SymbolEqualityComparer.Default.Equals(parameter.Method, method) && method.MethodKind == MethodKind.Ordinary)
            {
                lines.Add("through arg=" + parameter.Ordinal + " " + Id(method));
            }
        }
    }

    /// <summary>
    /// The summaries of the public members that can have a fact: among the members a frame can pass through
    /// (<see cref="RelevantMembers"/>, from names alone), those that return something a frame can be (not a number, a
    /// string, a plain task or a library collection) or take an image parameter; and, wherever they are, those that take
    /// an image and return one (an encoder the other projects call, which nothing in its own project may connect to a
    /// camera or a request).
    /// </summary>
    private static IEnumerable<MethodSummary> Candidates(CompilationContext context, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var type in SourceTypes.Of(compilation, cancellationToken))
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol method && IsPublished(method) && MayHaveFact(method, context)
                    && context.MethodAnalyses.Of(method, cancellationToken).Summary is { } summary)
                {
                    yield return summary;
                }
            }
        }
    }

    private static bool MayHaveFact(IMethodSymbol method, CompilationContext context)
    {
        var takesImage = method.Parameters.Any(p => EntryPoints.IsImageParameterType(p.Type));
        return (takesImage && EntryPoints.IsImageParameterType(method.ReturnType))
            || ((takesImage || MayCarryFrame(method.ReturnType)) && context.RelevantMembers.Covers(method));
    }

    private static bool MayCarryFrame(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" } task && task.TypeArguments.Length == 1)
        {
            type = task.TypeArguments[0];
        }

        if (type is IArrayTypeSymbol || EntryPoints.IsImageParameterType(type))
        {
            return true;
        }

        if (type.SpecialType != SpecialType.None || type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named)
        {
            return false;
        }

        var ns = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns != "System" && !ns.StartsWith("System.", System.StringComparison.Ordinal);
    }

    /// <summary>The entry point's parameter an image of unknown origin is (LEAI007's "parameter 'frame' of public method").</summary>
    private static (IMethodSymbol Method, int Ordinal)? ParameterOf(FrameOrigin origin)
    {
        if (!origin.IsUnknownOrigin || origin.EntryPoint is not { } method)
        {
            return null;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Locations.Contains(origin.Location))
            {
                return (method, parameter.Ordinal);
            }
        }

        return null;
    }

    /// <summary>Callable from another assembly, and named by an ID a model file can hold.</summary>
    private static bool IsPublished(IMethodSymbol method) =>
        method.MethodKind is MethodKind.Ordinary or MethodKind.PropertyGet && EntryPoints.IsVisibleOutside(method) && !method.IsGenericMethod;

    /// <summary>
    /// The ID as a model file writes it. Some compilers' IDs end an ordinary method's ID with its return type
    /// (<c>~System.Byte[]</c>), which only conversion operators need; the IDs resolve either way.
    /// </summary>
    private static string Id(ISymbol symbol)
    {
        var id = DocumentationCommentId.CreateDeclarationId(symbol.OriginalDefinition);
        var tilde = id.IndexOf('~');
        return tilde > 0 && symbol is IMethodSymbol { MethodKind: not MethodKind.Conversion } ? id.Substring(0, tilde) : id;
    }
}
