using System;
using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers;

/// <summary>
/// What the two frame analyzers share: the catalogue they resolve, generated code analysed and reported (a generated
/// client can send frames too, as the security rules of the .NET analyzers assume), and the bow-out at compilation
/// start unless the compilation is attributed and references both a camera API and a vision sink.
/// </summary>
public abstract class FlowAnalyzer : DiagnosticAnalyzer
{
    private protected FlowAnalyzer(ApiCatalog catalogue)
    {
        Catalogue = catalogue;
    }

    private protected ApiCatalog Catalogue { get; }

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

    /// <summary>
    /// Calls <paramref name="analyzeType"/> for each type the driver declares (with its members worth analysing,
    /// <see cref="RelevantMembers"/>) and <paramref name="analyzeOutside"/> for a body outside any such type (top-level
    /// statements live in an implicitly declared Program type). Symbol actions, not operation actions: the driver then
    /// binds no body into operations, and only the bodies asked for are (<see cref="MethodAnalyses"/>).
    /// </summary>
    private protected static void RegisterMemberAnalysis(
        CompilationStartAnalysisContext context,
        CompilationContext shared,
        Action<SymbolAnalysisContext, INamedTypeSymbol, IReadOnlyList<ISymbol>> analyzeType,
        Action<SymbolAnalysisContext, ISymbol> analyzeOutside)
    {
        context.RegisterSymbolAction(
            symbol =>
            {
                var type = (INamedTypeSymbol)symbol.Symbol;
                if (TypeScope.IsScope(type) && RelevantMembersOf(type, shared) is { Count: > 0 } members)
                {
                    analyzeType(symbol, type, members);
                }
            },
            SymbolKind.NamedType);

        context.RegisterSymbolAction(
            symbol =>
            {
                if (!TypeScope.Covers(symbol.Symbol) && IsRelevant(symbol.Symbol, shared))
                {
                    analyzeOutside(symbol, symbol.Symbol);
                }
            },
            SymbolKind.Method);
    }

    private static List<ISymbol> RelevantMembersOf(INamedTypeSymbol type, CompilationContext shared)
    {
        var members = new List<ISymbol>();
        foreach (var member in type.GetMembers())
        {
            if (member is not INamedTypeSymbol && IsRelevant(member, shared))
            {
                members.Add(member);
            }
        }

        return members;
    }

    private static bool IsRelevant(ISymbol member, CompilationContext shared) => shared.RelevantMembers.Covers(member);
}
