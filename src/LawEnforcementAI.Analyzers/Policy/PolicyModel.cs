using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Policy;

/// <summary>
/// The attribution of one compilation: which context applies to each file, and what could not be read.
/// Precedence per key: .editorconfig/.globalconfig over the assembly attribute over the MSBuild property.
/// </summary>
internal sealed class PolicyModel
{
    private readonly ImmutableDictionary<SyntaxTree, PolicyContext> _byTree;

    private PolicyModel(ImmutableDictionary<SyntaxTree, PolicyContext> byTree, ImmutableArray<PolicyProblem> problems)
    {
        _byTree = byTree;
        Problems = problems;
        DistinctContexts = byTree.Values.Where(c => c.IsAttributed).Distinct()
            .OrderBy(c => c.Describe(), System.StringComparer.Ordinal).ToImmutableArray();
    }

    public ImmutableArray<PolicyProblem> Problems { get; }

    /// <summary>The attributed contexts in use, in a stable order (for LEAI000).</summary>
    public ImmutableArray<PolicyContext> DistinctContexts { get; }

    public bool IsAttributed => !DistinctContexts.IsEmpty;

    public PolicyContext ContextFor(SyntaxTree tree) =>
        _byTree.TryGetValue(tree, out var context) ? context : PolicyContext.NotAttributed;

    public static PolicyModel Resolve(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var problems = new List<PolicyProblem>();
        var provider = options.AnalyzerConfigOptionsProvider;
        var global = provider.GlobalOptions;

        var msbuild = PolicySetting.Parse(
            Read(global, PolicyKeys.MSBuildContext), Read(global, PolicyKeys.MSBuildJurisdiction),
            "MSBuild property 'AIPolicyContext'", "MSBuild property 'AIPolicyJurisdiction'", null, null, problems);
        var attribute = ReadAttribute(compilation, problems, cancellationToken);

        var configCache = new Dictionary<(string?, string?), PolicySetting>();
        var builder = ImmutableDictionary.CreateBuilder<SyntaxTree, PolicyContext>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var treeOptions = provider.GetOptions(tree);
            var key = (Read(treeOptions, PolicyKeys.ConfigContext) ?? Read(global, PolicyKeys.ConfigContext),
                       Read(treeOptions, PolicyKeys.ConfigJurisdiction) ?? Read(global, PolicyKeys.ConfigJurisdiction));
            if (!configCache.TryGetValue(key, out var config))
            {
                config = PolicySetting.Parse(key.Item1, key.Item2,
                    "'" + PolicyKeys.ConfigContext + " = " + key.Item1 + "'", "'" + PolicyKeys.ConfigJurisdiction + " = " + key.Item2 + "'",
                    null, null, problems);
                configCache.Add(key, config);
            }

            builder.Add(tree, Combine(config, attribute, msbuild));
        }

        return new PolicyModel(builder.ToImmutable(), problems.ToImmutableArray());
    }

    private static PolicyContext Combine(PolicySetting config, PolicySetting attribute, PolicySetting msbuild)
    {
        var (kinds, kindsSource) =
            config.Kinds is { } c ? (c, AttributionSource.ConfigFile)
            : attribute.Kinds is { } a ? (a, AttributionSource.AssemblyAttribute)
            : msbuild.Kinds is { } m ? (m, AttributionSource.MSBuildProperty)
            : (PolicyContextKinds.None, AttributionSource.NotSet);
        var (jurisdiction, jurisdictionSource) =
            config.Jurisdiction is { } cj ? (cj, AttributionSource.ConfigFile)
            : attribute.Jurisdiction is { } aj ? (aj, AttributionSource.AssemblyAttribute)
            : msbuild.Jurisdiction is { } mj ? (mj, AttributionSource.MSBuildProperty)
            : ((string?)null, AttributionSource.NotSet);
        return kinds == PolicyContextKinds.None
            ? PolicyContext.NotAttributed
            : new PolicyContext(kinds, jurisdiction, kindsSource, jurisdictionSource);
    }

    private static PolicySetting ReadAttribute(Compilation compilation, List<PolicyProblem> problems, CancellationToken cancellationToken)
    {
        var attributeType = compilation.GetTypeByMetadataName(PolicyKeys.AttributeMetadataName);
        if (attributeType is null)
        {
            return default;
        }

        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                continue;
            }

            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
            var context = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
            string? jurisdiction = null;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == PolicyKeys.AttributeJurisdictionProperty)
                {
                    jurisdiction = named.Value.Value as string;
                }
            }

            return PolicySetting.Parse(context, jurisdiction,
                "assembly attribute 'AIPolicyContext'", "assembly attribute property 'Jurisdiction'",
                ArgumentLocation(syntax, null), ArgumentLocation(syntax, PolicyKeys.AttributeJurisdictionProperty), problems);
        }

        return default;
    }

    private static Location? ArgumentLocation(AttributeSyntax? syntax, string? name)
    {
        var arguments = syntax?.ArgumentList?.Arguments;
        if (arguments is null)
        {
            return syntax?.GetLocation();
        }

        foreach (var argument in arguments.Value)
        {
            var isNamed = argument.NameEquals is not null;
            if (name is null ? !isNamed : isNamed && argument.NameEquals!.Name.Identifier.ValueText == name)
            {
                return argument.Expression.GetLocation();
            }
        }

        return syntax!.GetLocation();
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
