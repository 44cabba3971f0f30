using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.TeamModel;
using LawEnforcementAI.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers;

/// <summary>
/// What the analyzers need to know about one compilation: its attribution (policy), the flow settings and the
/// catalogue resolved against its references. Built once per compilation and shared by the analyzers through a
/// <see cref="ConditionalWeakTable{TKey,TValue}"/> keyed by the <see cref="Compilation"/> (held by the catalogue, so the
/// entry lives exactly as long as the compilation and nothing else is static). Each part is computed on first use:
/// the configuration analyzer never pays for the API index, and an unattributed compilation pays for neither.
/// </summary>
internal sealed class CompilationContext
{
    private readonly Lazy<PolicyModel> _policy;
    private readonly Lazy<FlowOptions> _flowOptions;
    private readonly Lazy<TeamModels> _models;
    private readonly Lazy<ApiIndex> _index;
    private readonly Lazy<SharedContainers> _sharedContainers;
    private readonly Lazy<TypeFlows> _typeFlows;
    private readonly Lazy<ProgramFindings> _programFindings;
    private readonly Lazy<InjectedTypes> _injectedTypes;
    private readonly Lazy<bool> _namesEveryProjectSink;
    private readonly Lazy<RelevantMembers> _relevantMembers;
    private readonly Lazy<SummaryEpoch> _summaryEpoch;
    private readonly Lazy<bool> _readsRequestIntents;
    private readonly Lazy<Prompts.ImagePartIndex> _imageParts;
    private readonly Func<IMethodSymbol, bool> _isCalledInProject;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, bool> _calledInProject = new(SymbolEqualityComparer.Default);

    private CompilationContext(Compilation compilation, AnalyzerOptions options, ApiCatalog catalogue)
    {
        Options = options;
        Assembly = compilation.Assembly;

        // The cancellation token of whichever action asks first cannot be kept: another action may ask later. These are
        // bounded, single passes over configuration and symbols, so they run to completion.
        _policy = new(() => PolicyModel.Resolve(compilation, options, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        _flowOptions = new(() => FlowOptions.Read(options, compilation, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        _models = new(() => TeamModels.Resolve(compilation, options.AdditionalFiles, catalogue, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        _index = new(() => ApiIndex.Create(catalogue, AnalysisCaches.Of(catalogue).Types.For(compilation), _models.Value.Entries), LazyThreadSafetyMode.ExecutionAndPublication);
        _sharedContainers = new(
            () => SharedContainers.Find(compilation, _index.Value, catalogue, _summaryEpoch!.IsValueCreated ? _summaryEpoch.Value : null, CancellationToken.None),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _typeFlows = new(() => new TypeFlows(this, compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        _programFindings = new(() => new ProgramFindings(this, compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        _injectedTypes = new(() => InjectedTypes.Find(compilation, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        _namesEveryProjectSink = new(() => FlowScope.NamesAny(compilation, catalogue, _index.Value.EveryProjectSinkNames, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        _relevantMembers = new(() => RelevantMembers.Find(compilation, catalogue, _index.Value.RootNames, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        _readsRequestIntents = new(() => _policy.Value.DistinctContexts.Any(c => LawEnforcementAI.Analyzers.Policy.Packs.PolicyPacks.LawFor(c) is not null), LazyThreadSafetyMode.ExecutionAndPublication);
        _imageParts = new(() => new Prompts.ImagePartIndex(catalogue.ImageParts, AnalysisCaches.Of(catalogue).Types.For(compilation)), LazyThreadSafetyMode.ExecutionAndPublication);
        _summaryEpoch = new(
            () => AnalysisCaches.Of(catalogue).SameEpoch(SummaryEpoch.Of(compilation, options, AnalysisCaches.Of(catalogue), CancellationToken.None).ReadingIntents(_readsRequestIntents.Value)),
            LazyThreadSafetyMode.ExecutionAndPublication);
        Caches = AnalysisCaches.Of(catalogue);
        MethodAnalyses = new MethodAnalyses(compilation, this);
        FunctionModels = new FunctionModels(compilation);
        _isCalledInProject = method => EntryPoints.IsCalledInProject(method, compilation, catalogue, CancellationToken.None);
    }

    /// <summary>
    /// Whether the project's own source names <paramref name="method"/> besides its declarations (<see cref="EntryPoints"/>):
    /// then its callers, not the outside world, decide what its parameters hold. Asked only for entry points with an image
    /// parameter, and answered from per-tree identifier counts that survive edits of other documents.
    /// </summary>
    public bool IsCalledInProject(IMethodSymbol method) => _calledInProject.GetOrAdd(method.OriginalDefinition, _isCalledInProject);

    public AnalyzerOptions Options { get; }

    /// <summary>The assembly being compiled: only its own members are followed through their bodies.</summary>
    public IAssemblySymbol Assembly { get; }

    /// <summary>
    /// Declared in this compilation's own sources. In the IDE a project reference is another compilation with source
    /// symbols whose syntax this one cannot bind; a build sees it as metadata. Either way it is a library here.
    /// </summary>
    public bool Declares(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition.ContainingAssembly, Assembly);

    public PolicyModel Policy => _policy.Value;

    public FlowOptions FlowOptions => _flowOptions.Value;

    /// <summary>
    /// Whether the flow reads what each request's prompt asks (<see cref="Flow.RequestIntents"/>): only when some tree is
    /// attributed to a jurisdiction with a law pack, whose rules need it. Elsewhere the sink calls are not read again.
    /// </summary>
    public bool ReadsRequestIntents => _readsRequestIntents.Value;

    /// <summary>The catalogue's image parts in this compilation, for reading requests back.</summary>
    public Prompts.ImagePartIndex ImageParts => _imageParts.Value;

    /// <summary>The team model files (<c>LawEnforcementAI.Models.txt</c>) resolved against this compilation.</summary>
    public TeamModels Models => _models.Value;

    public ApiIndex Index => _index.Value;

    public SharedContainers SharedContainers => _sharedContainers.Value;

    /// <summary>The member bodies a frame can pass through; the others are never analysed.</summary>
    public RelevantMembers RelevantMembers => _relevantMembers.Value;

    /// <summary>What the analyzers remember across compilations for this catalogue.</summary>
    public AnalysisCaches Caches { get; }

    /// <summary>What this compilation's summaries are bound against besides their own trees (<see cref="Flow.SummaryEpoch"/>).</summary>
    public SummaryEpoch SummaryEpoch => _summaryEpoch.Value;

    /// <summary>Member bodies analysed once for both flow analyzers.</summary>
    public MethodAnalyses MethodAnalyses { get; }

    /// <summary>Where kept summaries find their lambdas and local functions again (<see cref="Flow.FunctionModels"/>).</summary>
    public FunctionModels FunctionModels { get; }

    /// <summary>Each type's requests decided with the bodies that can reach them: a document's own analysis.</summary>
    public TypeFlows TypeFlows => _typeFlows.Value;

    /// <summary>The compilation's types by the types their constructors take.</summary>
    public InjectedTypes InjectedTypes => _injectedTypes.Value;

    /// <summary>The whole program's requests, solved once: what a build reports.</summary>
    public ProgramFindings ProgramFindings => _programFindings.Value;

    /// <summary>Whether a source file names a sink every project has, such as <c>HttpClient.PostAsync</c> (<see cref="FlowScope"/>).</summary>
    public bool NamesEveryProjectSink => _namesEveryProjectSink.Value;

    /// <summary>
    /// The context of <paramref name="compilation"/> for <paramref name="catalogue"/>. A host that hands the analyzers
    /// different options for one compilation gets a fresh context for the second, never the first one's settings.
    /// </summary>
    public static CompilationContext For(Compilation compilation, AnalyzerOptions options, ApiCatalog catalogue)
    {
        var context = AnalysisCaches.Of(catalogue).Contexts.GetValue(compilation, c => new CompilationContext(c, options, catalogue));
        return SameSettings(context.Options, options) ? context : new CompilationContext(compilation, options, catalogue);
    }

    private static bool SameSettings(AnalyzerOptions a, AnalyzerOptions b) =>
        ReferenceEquals(a, b)
        || (ReferenceEquals(a.AnalyzerConfigOptionsProvider, b.AnalyzerConfigOptionsProvider) && a.AdditionalFiles.SequenceEqual(b.AdditionalFiles));
}
