using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.TeamModel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Everything a body's summary was bound against besides its own tree: the declarations of every tree
/// (<see cref="DeclarationFingerprint"/>), the references, the compilation options and the team model files. Two
/// compilations with equal epochs bind an unchanged body to the same facts, so a summary stored under one is valid in
/// the other (Roslyn's IDE has the same notion in a project's "dependent semantic version"). A signature edit anywhere
/// starts a new epoch: every summary is then analysed again on first use, lazily.
/// </summary>
internal sealed class SummaryEpoch : IEquatable<SummaryEpoch>
{
    private readonly string _declarations;
    private readonly CompilationOptions _options;
    private readonly ImmutableArray<object> _references;
    private readonly bool _readsIntents;

    private SummaryEpoch(string declarations, CompilationOptions options, ImmutableArray<object> references, bool readsIntents = false)
    {
        _declarations = declarations;
        _options = options;
        _references = references;
        _readsIntents = readsIntents;
    }

    /// <summary>
    /// Summaries carry what their requests' prompts ask only while a law pack applies (<see cref="CompilationContext.ReadsRequestIntents"/>):
    /// attributing the project to such a jurisdiction, or no longer, starts a new epoch.
    /// </summary>
    public SummaryEpoch ReadingIntents(bool readsIntents) => readsIntents == _readsIntents ? this : new SummaryEpoch(_declarations, _options, _references, readsIntents);

    public static SummaryEpoch Of(Compilation compilation, AnalyzerOptions options, AnalysisCaches caches, CancellationToken cancellationToken)
    {
        var hash = new DeclarationFingerprint.Hash128();
        foreach (var tree in compilation.SyntaxTrees)
        {
            hash.Add(caches.DeclarationFingerprints.GetValue(tree, t => DeclarationFingerprint.Of(t, cancellationToken)).Hash);
        }

        foreach (var file in options.AdditionalFiles.Where(f => ModelFile.IsModelFile(f.Path)))
        {
            hash.Add(file.Path);
            hash.Add(file.GetText(cancellationToken)?.ToString() ?? string.Empty);
        }

        var references = compilation.References.Select(r => Identity(r, options, caches, cancellationToken)).ToImmutableArray();
        return new SummaryEpoch(hash.ToString(), compilation.Options, references);
    }

    /// <summary>
    /// The same metadata is the same <see cref="MetadataId"/>; a project reference in the IDE is its compilation's own
    /// epoch. Aliases change what names bind to.
    /// </summary>
    private static object Identity(MetadataReference reference, AnalyzerOptions options, AnalysisCaches caches, CancellationToken cancellationToken) => reference switch
    {
        PortableExecutableReference file => (Metadata: file.GetMetadataId(), Aliases: string.Join(",", reference.Properties.Aliases)),
        CompilationReference project => (Epoch: Of(project.Compilation, options, caches, cancellationToken), Aliases: string.Join(",", reference.Properties.Aliases)),
        _ => reference,
    };

    public bool Equals(SummaryEpoch? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_declarations == other._declarations && _readsIntents == other._readsIntents && _options.Equals(other._options) && _references.SequenceEqual(other._references)));

    public override bool Equals(object? obj) => Equals(obj as SummaryEpoch);

    public override int GetHashCode() => _declarations.GetHashCode();
}
