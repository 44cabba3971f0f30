using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Tests;

// Tiny analyzers that exist only to exercise the verification harness in VerifierSelfTests. They never ship, so the
// packaging rules (extended analyzer rules, release tracking) do not apply to them.
#pragma warning disable RS1036, RS2008

/// <summary>TST001 on every call of a method named <c>Bad</c>; the enclosing method's name is an additional location.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class BadCallAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TST001", "Bad call", "Call to '{0}' in '{1}'", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.InvocationExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var name = invocation.Expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.Text,
            MemberAccessExpressionSyntax access => access.Name.Identifier.Text,
            _ => null,
        };
        if (name != "Bad")
        {
            return;
        }

        var method = invocation.FirstAncestorOrSelf<MethodDeclarationSyntax>();
        Location[] additional = method is null ? [] : [method.Identifier.GetLocation()];
        context.ReportDiagnostic(Diagnostic.Create(
            Rule, invocation.GetLocation(), additional, name, method?.Identifier.Text ?? "<none>"));
    }
}

/// <summary>TST002 on every class name, echoing the options the analyzer can see for that tree.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class OptionEchoAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TST002", "Option echo", "{0}", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.ClassDeclaration);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var tree = provider.GetOptions(context.Node.SyntaxTree);
        string Read(AnalyzerConfigOptions options, string key) => options.TryGetValue(key, out var v) ? v : "<unset>";

        var message = string.Join("; ",
            $"tst_option={Read(tree, "tst_option")}",
            $"tree:build_property.AIPolicyContext={Read(tree, "build_property.AIPolicyContext")}",
            $"global:build_property.AIPolicyContext={Read(provider.GlobalOptions, "build_property.AIPolicyContext")}",
            $"global:tst_option={Read(provider.GlobalOptions, "tst_option")}");
        var identifier = ((ClassDeclarationSyntax)context.Node).Identifier;
        context.ReportDiagnostic(Diagnostic.Create(Rule, identifier.GetLocation(), message));
    }
}

/// <summary>Throws on every class, to prove that a crashing analyzer fails verification.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TST003", "Never reported", "Never reported", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            _ => throw new InvalidOperationException("boom from ThrowingAnalyzer"), SyntaxKind.ClassDeclaration);
    }
}

/// <summary>
/// TST004 (disabled by default, Info), TST005 (Hidden) on every <c>Bad</c> call, and TST006 without a location once
/// per compilation: descriptor settings the harness must handle like the Testing package does.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DescriptorVarietyAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor DisabledRule = new(
        "TST004", "Disabled by default", "Disabled rule fired", "Test", DiagnosticSeverity.Info, isEnabledByDefault: false);

    public static readonly DiagnosticDescriptor HiddenRule = new(
        "TST005", "Hidden", "Hidden rule fired", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoLocationRule = new(
        "TST006", "No location", "Compilation {0} analyzed", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [DisabledRule, HiddenRule, NoLocationRule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            c =>
            {
                if (c.Node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "Bad" } })
                {
                    c.ReportDiagnostic(Diagnostic.Create(DisabledRule, c.Node.GetLocation()));
                    c.ReportDiagnostic(Diagnostic.Create(HiddenRule, c.Node.GetLocation()));
                }
            },
            SyntaxKind.InvocationExpression);
        context.RegisterCompilationAction(
            c => c.ReportDiagnostic(Diagnostic.Create(NoLocationRule, Location.None, c.Compilation.AssemblyName)));
    }
}
