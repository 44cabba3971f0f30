using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// Reads a model request back from the sending call's arguments through the expressions that build it in the same
/// body: message and content-part constructors and factories, collections, anonymous objects and JSON, and what the
/// body puts into its locals (<see cref="BodyWrites"/>). It finds whether the request carries an image
/// (<see cref="PromptPartTable"/>) and the text that goes with it, resolved through literals, constants, interpolation
/// and concatenation, <c>string.Format</c> with a constant format, locals, fields and properties with an initializer, and
/// helpers of this compilation that return text (one level). A parameter is where the reading stops.
/// </summary>
internal sealed partial class RequestReader
{
    /// <summary>Operations looked at per request: enough for any request built by hand, a stop for generated giants.</summary>
    private const int StepBudget = 4000;

    private readonly ImagePartIndex _parts;
    private readonly Func<ISymbol, bool> _declares;
    private readonly SemanticModel? _model;
    private readonly CancellationToken _cancellationToken;
    private readonly List<string> _texts = new();
    private readonly HashSet<ISymbol> _onStack = new(SymbolEqualityComparer.Default);
    private int _steps;
    private int _depth;
    private bool _hasImage;

    private RequestReader(ImagePartIndex parts, Func<ISymbol, bool> declares, SemanticModel? model, CancellationToken cancellationToken)
    {
        _parts = parts;
        _declares = declares;
        _model = model;
        _cancellationToken = cancellationToken;
    }

    public static RequestContent Read(IInvocationOperation send, VisionSink sink, ImagePartIndex parts, Func<ISymbol, bool> declares, CancellationToken cancellationToken)
    {
        var reader = new RequestReader(parts, declares, send.SemanticModel, cancellationToken);
        var body = BodyWrites.Around(send);
        foreach (var argument in send.Arguments)
        {
            if (argument.Parameter is { } parameter && sink.Request.Any(slot => slot.Matches(parameter)))
            {
                reader.Visit(argument.Value, body);
            }
        }

        return new RequestContent(reader._hasImage, reader._texts);
    }

    private bool Step()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        return ++_steps <= StepBudget;
    }

    private void AddText(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _texts.Add(text!);
        }
    }

    /// <summary>Any part of a request: text is read as text, anything else is walked for image parts and text.</summary>
    private void Visit(IOperation? operation, BodyWrites body)
    {
        if (operation is null || !Step())
        {
            return;
        }

        if (operation.Type?.SpecialType == SpecialType.System_String || operation.ConstantValue is { HasValue: true, Value: string })
        {
            AddText(TextOf(operation, body));
            return;
        }

        switch (operation)
        {
            case IInvocationOperation invocation:
                VisitCall(invocation.TargetMethod, invocation.Instance, invocation.Arguments, null, body);
                break;
            case IObjectCreationOperation creation when creation.Constructor is { } constructor:
                VisitCall(constructor, null, creation.Arguments, creation.Initializer, body);
                break;
            case ILocalReferenceOperation local:
                Within(local.Local, () =>
                {
                    foreach (var write in body.Of(local.Local))
                    {
                        Visit(write, body);
                    }
                });
                break;
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is IAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                    {
                        _hasImage |= PromptPartTable.ImageJsonNames.Contains(property.Property.Name);
                        Visit(assignment.Value, body);
                    }
                }

                break;
            case IFieldReferenceOperation field:
                Visit(field.Instance, body);
                VisitDeclared(field.Field);
                break;
            case IPropertyReferenceOperation property:
                Visit(property.Instance, body);
                foreach (var argument in property.Arguments)
                {
                    Visit(argument.Value, body);
                }

                VisitDeclared(property.Property);
                break;
            case IParameterReferenceOperation:
            case IAnonymousFunctionOperation:
            case IDelegateCreationOperation:
            case ILocalFunctionOperation:
                break;
            default:
                foreach (var child in operation.ChildOperations)
                {
                    Visit(child, body);
                }

                break;
        }
    }

    private void VisitCall(IMethodSymbol method, IOperation? instance, IEnumerable<IArgumentOperation> arguments, IOperation? initializer, BodyWrites body)
    {
        if (_parts.Find(method) is { } part)
        {
            // The image part's own arguments (bytes, a URL, a media type) are not prompt text.
            _hasImage |= IsImage(part, arguments);
            return;
        }

        if (IsHelper(method))
        {
            VisitReturns(method, asText: false);
        }

        Visit(instance, body);
        foreach (var argument in arguments)
        {
            Visit(argument.Value, body);
        }

        Visit(initializer, body);
    }

    /// <summary>Guards against a value that is built from itself (<c>a = a + "x"</c>, a recursive helper).</summary>
    private void Within(ISymbol symbol, Action read)
    {
        if (_onStack.Add(symbol))
        {
            read();
            _onStack.Remove(symbol);
        }
    }

    private static bool IsImage(ImagePart part, IEnumerable<IArgumentOperation> arguments)
    {
        string? Constant(string? parameter) =>
            parameter is null ? null : arguments.FirstOrDefault(a => a.Parameter?.Name == parameter)?.Value is { } value
                ? Unwrap(value).ConstantValue is { HasValue: true, Value: string text } ? text : null
                : null;

        if (Constant(part.MediaTypeParameter) is { } mediaType)
        {
            return mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
        }

        if (Constant(part.UriParameter) is { } uri && uri.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return uri.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);
        }

        // No media type in sight: an image part, or one whose type the code decides at run time.
        return true;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        operation = OperationPeeling.WithoutConversions(operation);
        return operation is IObjectCreationOperation { Arguments.Length: 1 } uri && uri.Type?.Name == "Uri" ? uri.Arguments[0].Value : operation;
    }
}
