using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Models;
using LawEnforcementAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers;

/// <summary>
/// Reports the audit record (LEAI000) and settings it could not read (LEAI090): attribution and flow settings once per
/// compilation, and the lines of each team model file as that file is analysed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PolicyConfigurationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Leai000PolicyAnalysisActive.Descriptor, Leai090InvalidPolicyConfiguration.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationAction(Report);
        context.RegisterAdditionalFileAction(ReportModelFile);
    }

    /// <summary>
    /// Per file rather than at the end of the compilation, so a host that analyses one additional file at a time reports
    /// that file's lines; only model files are read, through the compilation's shared, lazily resolved context.
    /// </summary>
    private static void ReportModelFile(AdditionalFileAnalysisContext context)
    {
        if (!ModelFile.IsModelFile(context.AdditionalFile.Path))
        {
            return;
        }

        var shared = CompilationContext.For(context.Compilation, context.Options, ApiCatalogue.Default);
        foreach (var problem in shared.Models.ProblemsIn(context.AdditionalFile.Path))
        {
            context.ReportDiagnostic(Diagnostic.Create(Leai090InvalidPolicyConfiguration.Descriptor, problem.Location, problem.Message));
        }
    }

    private static void Report(CompilationAnalysisContext context)
    {
        var shared = CompilationContext.For(context.Compilation, context.Options, ApiCatalogue.Default);
        foreach (var problem in shared.Policy.Problems.Concat(shared.FlowOptions.Problems))
        {
            context.ReportDiagnostic(Diagnostic.Create(Leai090InvalidPolicyConfiguration.Descriptor, problem.Location, problem.Message));
        }

        if (shared.Policy.IsAttributed)
        {
            var summary = string.Join("; ", shared.Policy.DistinctContexts.Select(c => c.DescribeWithSources()));
            context.ReportDiagnostic(Diagnostic.Create(Leai000PolicyAnalysisActive.Descriptor, Location.None, summary));
        }
    }
}
