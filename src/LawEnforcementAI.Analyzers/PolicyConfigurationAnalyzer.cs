using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.TeamModel;
using LawEnforcementAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers;

/// <summary>
/// Reports the audit record (LEAI000) and settings it could not read (LEAI090): attribution and flow settings once per
/// compilation, with the lines of each team model file that it cannot use.
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
    }

    private static void Report(CompilationAnalysisContext context)
    {
        var shared = CompilationContext.For(context.Compilation, context.Options, ApiCatalog.Default);
        foreach (var problem in shared.Policy.Problems.Concat(shared.FlowOptions.Problems))
        {
            context.ReportDiagnostic(Diagnostic.Create(Leai090InvalidPolicyConfiguration.Descriptor, problem.Location, problem.Message));
        }

        // Model files too, from this compilation action only: LEAI090 is a compilation-end ID (each ID is reported
        // from one kind of action), and an entry can only be checked against the compilation's references anyway.
        foreach (var file in context.Options.AdditionalFiles.Where(f => ModelFile.IsModelFile(f.Path)))
        {
            foreach (var problem in shared.Models.ProblemsIn(file.Path))
            {
                context.ReportDiagnostic(Diagnostic.Create(Leai090InvalidPolicyConfiguration.Descriptor, problem.Location, problem.Message));
            }
        }

        if (shared.Policy.IsAttributed)
        {
            var summary = string.Join("; ", shared.Policy.DistinctContexts.Select(c => c.DescribeWithSources()));
            context.ReportDiagnostic(Diagnostic.Create(Leai000PolicyAnalysisActive.Descriptor, Location.None, summary));
        }
    }
}
