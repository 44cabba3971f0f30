using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// A path as the engine can name it, the key of a "file at this path" slot: constant text, the local, parameter, field or
/// property that holds it, or <c>Path.Combine</c>/<c>Path.Join</c>, an interpolation or a concatenation of such parts.
/// Two paths are the same file when their keys are equal. A path built from anything else (a method call, user input)
/// has no key: a frame written there is not followed, and reading it yields no frame from this rule.
/// </summary>
internal sealed class FilePath : IEquatable<FilePath>
{
    /// <summary>Deeper path expressions are not keyed: a bound, not a limit real code meets.</summary>
    private const int MaxParts = 16;

    private FilePath(string key, string display, bool isShared)
    {
        Key = key;
        Display = display;
        IsShared = isShared;
    }

    /// <summary>The normalised expression; equal keys name the same file.</summary>
    public string Key { get; }

    /// <summary>How routes name the file: <c>'captures/latest.jpg'</c>, <c>'_latestPath'</c>.</summary>
    public string Display { get; }

    /// <summary>
    /// True when the key means the same in every method (constants, fields, properties), so a write in one method reaches
    /// a read in another; false when a local or parameter is part of it, which only its own body can match.
    /// </summary>
    public bool IsShared { get; }

    /// <summary>
    /// The key of <paramref name="path"/>; <paramref name="initializerOf"/> gives the one initializer of a local that is
    /// never assigned again, so <c>var p = Path.Combine(dir, "f.jpg")</c> is the same file as that expression elsewhere.
    /// </summary>
    public static FilePath? Of(IOperation? path, Func<ILocalSymbol, IOperation?> initializerOf)
    {
        var parts = 0;
        var key = new StringBuilder();
        var display = new StringBuilder();
        var shared = true;
        return Append(path, initializerOf, key, display, ref shared, ref parts) ? new FilePath(key.ToString(), display.ToString(), shared) : null;
    }

    /// <param name="quoted">Whether constant text is shown in quotes (inside <c>Path.Combine(dir, "frame.jpg")</c>; not as the whole path).</param>
    private static bool Append(IOperation? path, Func<ILocalSymbol, IOperation?> initializerOf, StringBuilder key, StringBuilder display, ref bool shared, ref int parts, bool quoted = false)
    {
        while (path is IConversionOperation or IParenthesizedOperation)
        {
            path = path is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)path).Operand;
        }

        if (path is null || ++parts > MaxParts)
        {
            return false;
        }

        if (path.ConstantValue is { HasValue: true, Value: string text })
        {
            key.Append('"').Append(text).Append('"');
            display.Append(quoted ? "\"" + text + "\"" : text);
            return true;
        }

        switch (path)
        {
            case ILocalReferenceOperation { Local: var local }:
                if (initializerOf(local) is { } initializer)
                {
                    // var file = Path.Combine(dir, "frame.jpg"): the same file as that expression written anywhere else. The
                    // part count carries on, so a long chain of locals each built from the last stays bounded.
                    var initialKey = new StringBuilder();
                    var initialDisplay = new StringBuilder();
                    var initialShared = true;
                    if (Append(initializer, initializerOf, initialKey, initialDisplay, ref initialShared, ref parts, quoted))
                    {
                        key.Append(initialKey);
                        display.Append(initialDisplay);
                        shared &= initialShared;
                        return true;
                    }

                    if (parts > MaxParts)
                    {
                        return false;
                    }
                }

                shared = false;
                key.Append("local ").Append(local.Name).Append('@').Append(local.Locations.Length > 0 ? local.Locations[0].SourceSpan.Start : 0);
                display.Append(local.Name);
                return true;
            case IParameterReferenceOperation { Parameter: var parameter }:
                shared = false;
                key.Append("parameter ").Append(parameter.Name).Append('@').Append(parameter.ContainingSymbol?.GetDocumentationCommentId());
                display.Append(parameter.Name);
                return true;
            case IFieldReferenceOperation or IPropertyReferenceOperation when path is IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation } member:
                key.Append("member ").Append(member.Member.OriginalDefinition.GetDocumentationCommentId());
                display.Append(member.Member.Name);
                return true;
            case IInvocationOperation { TargetMethod: { Name: "Combine" or "Join", ContainingType: { Name: "Path", ContainingNamespace.Name: "IO" } } } call:
                key.Append(call.TargetMethod.Name).Append('(');
                display.Append("Path.").Append(call.TargetMethod.Name).Append('(');
                var first = true;
                foreach (var argument in Arguments(call))
                {
                    if (!first)
                    {
                        key.Append(',');
                        display.Append(", ");
                    }

                    first = false;
                    if (!Append(argument, initializerOf, key, display, ref shared, ref parts, quoted: true))
                    {
                        return false;
                    }
                }

                key.Append(')');
                display.Append(')');
                return true;
            case IInterpolatedStringOperation interpolated:
                key.Append("$(");
                display.Append("$\"");
                foreach (var part in interpolated.Parts)
                {
                    var isText = part is IInterpolatedStringTextOperation;
                    var value = part switch
                    {
                        IInterpolatedStringTextOperation textPart => textPart.Text,
                        IInterpolationOperation { Alignment: null, FormatString: null } interpolation => interpolation.Expression,
                        _ => null,
                    };
                    display.Append(isText ? "" : "{");
                    if (!Append(value, initializerOf, key, display, ref shared, ref parts))
                    {
                        return false;
                    }

                    display.Append(isText ? "" : "}");
                    key.Append(',');
                }

                key.Append(')');
                display.Append('"');
                return true;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                key.Append("+(");
                var appended = Append(concatenation.LeftOperand, initializerOf, key, display, ref shared, ref parts, quoted: true);
                key.Append(',');
                display.Append(" + ");
                appended = appended && Append(concatenation.RightOperand, initializerOf, key, display, ref shared, ref parts, quoted: true);
                key.Append(')');
                return appended;
            default:
                return false;
        }
    }

    /// <summary>The path parts of <c>Path.Combine(a, b)</c> and of its <c>params string[]</c> form.</summary>
    private static IEnumerable<IOperation> Arguments(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    yield return element;
                }
            }
            else
            {
                yield return argument.Value;
            }
        }
    }

    public bool Equals(FilePath? other) => other is not null && Key == other.Key;

    public override bool Equals(object? obj) => Equals(obj as FilePath);

    public override int GetHashCode() => Key.GetHashCode();

    public override string ToString() => Key;
}
