using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers;

/// <summary>Reports the audit record (LEAI000) and settings it could not read (LEAI090).</summary>
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
