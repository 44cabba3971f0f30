using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers;

/// <summary>
/// What the two frame analyzers share: the catalogue they resolve, generated code analysed and reported (a generated
/// client can send frames too, as the security rules of the .NET analyzers assume), and the bow-out at compilation
/// start unless the compilation is attributed and references both a camera API and a vision sink.
/// </summary>
public abstract class FlowAnalyzer : DiagnosticAnalyzer
{
    private protected FlowAnalyzer(ApiCatalogue catalogue)
    {
        Catalogue = catalogue;
    }

    private protected ApiCatalogue Catalogue { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var shared = CompilationContext.For(start.Compilation, start.Options, Catalogue);
            if (FlowScope.Applies(shared))
            {
                OnFlowCompilationStart(start, shared);
            }
        });
    }

    private protected abstract void OnFlowCompilationStart(CompilationStartAnalysisContext context, CompilationContext shared);
}
