using System.Collections.Generic;
using System.Linq;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// A code fix test on the same user project as <see cref="LeaiAnalyzerTest"/> (reference assemblies, real SDKs and
/// stand-ins, nullable, latest language), with every analyzer of the package, so the diagnostics a fix leaves behind
/// (the stub's LEAI006) are checked in <c>FixedState</c>. The library applies the fix one diagnostic at a time and with
/// Fix All in document, project and solution scope, and compiles the result: a fix that breaks the build fails here.
/// </summary>
public sealed class LeaiCodeFixTest<TFix> : CSharpCodeFixTest<JustifiedSuppressionAnalyzer, TFix, DefaultVerifier>
    where TFix : CodeFixProvider, new()
{
    public LeaiCodeFixTest(string? context = null, string? jurisdiction = null)
    {
        ReferenceAssemblies = TestReferences.ReferenceAssemblies;
        TestState.AdditionalReferences.AddRange(StandInReferences.Default);
        if (MSBuildProperties.GlobalConfig(context, jurisdiction) is { } config)
        {
            TestState.AnalyzerConfigFiles.Add(config);
            FixedState.AnalyzerConfigFiles.Add(config);
        }

        // As in LeaiAnalyzerTest: our rules report generated code on purpose. Suppression: the library's added
        // '#pragma warning disable' is itself an unjustified suppression (see SuppressionTest).
        TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;
    }

    /// <summary>
    /// For LEAI090, reported at compilation end (it needs every setting of the compilation): the IDE shows it, and offers
    /// its fixes, after a build or with full-solution analysis, not from one document's analysis, which is what the
    /// library's check of fixes for non-local diagnostics guards. A real rule's property, so a test sets it on purpose.
    /// </summary>
    public LeaiCodeFixTest<TFix> ForCompilationEndDiagnostic()
    {
        CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        return this;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => PackageRules.Analyzers;

    /// <remarks>As in <see cref="LeaiAnalyzerTest"/>: a real build pins no severity for rules that are on by default.</remarks>
    protected override Project ApplyCompilationOptions(Project project)
    {
        project = base.ApplyCompilationOptions(project);
        var options = project.CompilationOptions!;
        var onByDefault = PackageRules.Descriptors.Where(d => d.IsEnabledByDefault).Select(d => d.Id);
        return project.WithCompilationOptions(options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.RemoveRange(onByDefault)));
    }

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
}
