using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The semantic models a kept summary's lambdas and local functions are found in (<see cref="SymbolKey"/>): one per tree
/// and compilation, without nullable analysis where the compiler offers that. Finding a lambda's symbol binds the
/// statement it is in; with nullable analysis on, the model first rewrites the whole member it is in, which for a
/// composition root that registers every module is most of an edit's cost. The lambda symbol is the same either way:
/// Roslyn compares lambdas by their syntax and containing member, and nullable annotations do not take part.
/// </summary>
internal sealed class FunctionModels
{
    /// <summary><c>Compilation.GetSemanticModel(SyntaxTree, SemanticModelOptions.DisableNullableAnalysis)</c> where the host's compiler has it (Roslyn 4.9 and later); null before.</summary>
    private static readonly Func<Compilation, SyntaxTree, SemanticModel>? WithoutNullable = Find();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    public FunctionModels(Compilation compilation) => _compilation = compilation;

    // RS1030: only lambdas and local functions of kept summaries are looked up here (see StoredSymbols).
#pragma warning disable RS1030
    public SemanticModel Of(SyntaxTree tree) =>
        _models.GetOrAdd(tree, t => WithoutNullable?.Invoke(_compilation, t) ?? _compilation.GetSemanticModel(t));
#pragma warning restore RS1030

    private static Func<Compilation, SyntaxTree, SemanticModel>? Find()
    {
        var method = typeof(Compilation).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(m => m.Name == nameof(Compilation.GetSemanticModel) && m.GetParameters() is { Length: 2 } p
                && p[0].ParameterType == typeof(SyntaxTree) && p[1].ParameterType is { IsEnum: true, Name: "SemanticModelOptions" });
        if (method?.GetParameters()[1].ParameterType is not { } options || !Enum.IsDefined(options, "DisableNullableAnalysis"))
        {
            return null;
        }

        var disable = Enum.Parse(options, "DisableNullableAnalysis");
        return (compilation, tree) => (SemanticModel)method.Invoke(compilation, new[] { tree, disable });
    }
}
