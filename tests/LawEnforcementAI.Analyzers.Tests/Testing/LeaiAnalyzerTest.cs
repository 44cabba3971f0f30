using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// Microsoft.CodeAnalysis.Testing's analyzer test, set up as a user project that references our package: the .NET 10
/// reference assemblies, the real SDK packages plus stand-ins for the ones the registry lacks, nullable enabled, the
/// latest language version. Sources, <c>.editorconfig</c>/<c>.globalconfig</c> files and expectations are given
/// through the library's own <c>TestState</c> and <c>ExpectedDiagnostics</c>.
/// </summary>
public class LeaiAnalyzerTest : CSharpAnalyzerTest<CameraFrameFlowAnalyzer, DefaultVerifier>
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

    public LeaiAnalyzerTest(IEnumerable<MetadataReference> references, params DiagnosticAnalyzer[] analyzers)
    {
        _analyzers = [.. analyzers];
        ReferenceAssemblies = TestReferences.ReferenceAssemblies;
        TestState.AdditionalReferences.AddRange(references);

        // Our rules analyse and report generated code on purpose (a generated client can send frames too; see
        // Robustness/GeneratedCodeTests), so the library's check that generated code stays quiet does not apply.
        TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
    }

    /// <summary>
    /// Attributes the project through <c>&lt;AIPolicyContext&gt;</c>/<c>&lt;AIPolicyJurisdiction&gt;</c>, as MSBuild
    /// hands them to the compiler (<see cref="MSBuildProperties"/>). A null value is a property the project does not set.
    /// </summary>
    public void SetMSBuildProperties(string? context, string? jurisdiction)
    {
        if (MSBuildProperties.GlobalConfig(context, jurisdiction) is { } config)
        {
            TestState.AnalyzerConfigFiles.Add(config);
        }
    }

    /// <summary>
    /// An expected diagnostic of one of our rules with the rule's default severity. Its message is compared only if the
    /// test adds <c>WithMessage</c>: the library compares a descriptor's message, so this result carries the ID alone.
    /// </summary>
    public static DiagnosticResult Diag(string id) => new(id, Descriptor(id).DefaultSeverity);

    /// <summary>The same, with the message the rule formats from <paramref name="messageArguments"/>.</summary>
    public static DiagnosticResult Diag(string id, params object[] messageArguments) =>
        new DiagnosticResult(Descriptor(id)).WithArguments(messageArguments);

    private static DiagnosticDescriptor Descriptor(string id) => AllDescriptors.First(d => d.Id == id);

    // Every analyzer the package ships; LEAI000 is supported by two of them (the same descriptor).
    private static readonly ImmutableArray<DiagnosticDescriptor> AllDescriptors = PackageRules.Descriptors;

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => _analyzers;

    /// <summary>The first compilation the library analyses (the test's own sources), kept for the editor-path check.</summary>
    private (Compilation Compilation, AnalyzerOptions Options)? _analysed;

    protected override CompilationWithAnalyzers CreateCompilationWithAnalyzers(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        _analysed ??= (compilation, options);
        return base.CreateCompilationWithAnalyzers(compilation, analyzers, options, cancellationToken);
    }

    /// <summary>
    /// After the library has checked the expected diagnostics (a build's view), every test also runs each document's own
    /// analysis, the editor's view (<see cref="EditorPath"/>): their findings of the live rules must be the build's.
    /// </summary>
    protected override async Task RunImplAsync(CancellationToken cancellationToken)
    {
        await base.RunImplAsync(cancellationToken).ConfigureAwait(false);
        if (_analysed is { } analysed)
        {
            var result = await EditorPath.CompareAsync(analysed.Compilation, _analyzers, analysed.Options, cancellationToken).ConfigureAwait(false);
            result.AssertAgree();
        }
    }

    /// <remarks>
    /// The library pins every supported ID in the compilation's specific diagnostic options, which is how the compiler
    /// spells /warnaserror-:ID and would overrule "dotnet_diagnostic.LEAI001.severity = error" in an .editorconfig. A
    /// real build pins nothing for rules that are on by default, so neither does this test.
    /// </remarks>
    protected override Project ApplyCompilationOptions(Project project)
    {
        project = base.ApplyCompilationOptions(project);
        var options = project.CompilationOptions!;
        var onByDefault = _analyzers.SelectMany(a => a.SupportedDiagnostics).Where(d => d.IsEnabledByDefault).Select(d => d.Id);
        return project.WithCompilationOptions(options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.RemoveRange(onByDefault)));
    }

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
}
