using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Images of unknown origin (LEAI007): an entry point's image parameter, the table's uploads, request bodies, blobs and
/// downloads, and files read from a path the code does not fix. They travel like frames; only the rules tell them apart.
/// Owns which parameters of the body are an entry point's image parameters. Asks the compilation which methods are
/// entry points and which the project calls, and the scan for the single initializer of a local; the caller evaluates
/// the path of a file read.
/// </summary>
internal sealed class UnknownOrigins
{
    private readonly CompilationContext _context;
    private readonly BodyScan _scan;

    /// <summary>
    /// Per parameter of this body: its unknown origin, or empty when it is not an image parameter of an entry point that
    /// nothing in the project calls. Checked here rather than when reporting, so a method the project calls (whose
    /// callers decide, camera frames included) adds nothing to the values its parameter flows into.
    /// </summary>
    private readonly Dictionary<IParameterSymbol, FlowValue> _entryPointParameters = new(SymbolEqualityComparer.Default);

    /// <summary>The project's calls this body's facts depend on, when the caller keeps its summary (<see cref="StoredSummary"/>).</summary>
    private readonly IDictionary<IMethodSymbol, bool>? _projectCalls;

    public UnknownOrigins(CompilationContext context, BodyScan scan, IDictionary<IMethodSymbol, bool>? projectCalls)
    {
        _projectCalls = projectCalls;
        _context = context;
        _scan = scan;
    }

    public FlowValue OfParameter(IParameterSymbol parameter)
    {
        parameter = parameter.OriginalDefinition;
        if (!_entryPointParameters.TryGetValue(parameter, out var value))
        {
            value = parameter.ContainingSymbol is IMethodSymbol method
                    && EntryPoints.IsImageParameterType(parameter.Type)
                    && EntryPoints.IsEntryPoint(method, _context)
                    && parameter.Locations.Length > 0
                    && !IsCalledInProject(method)
                ? FlowValue.Frame(FrameOrigin.Unknown(DescribeParameter(parameter, method), parameter.Locations[0], method))
                : FlowValue.Empty;
            _entryPointParameters.Add(parameter, value);
        }

        return value;
    }

    /// <summary>What the table's unknown-origin entries make of a call or property read: the image itself, or nothing.</summary>
    public static FlowValue Of(UnknownOriginSource source, CallShape? call, IOperation at)
    {
        if (source.Shape == UnknownOriginShape.IntoArgument
            || (source.Shape == UnknownOriginShape.ReturnsUnlessConstantArgument && call is { } c && IsConstantArgument(c, source.Argument)))
        {
            return FlowValue.Empty;
        }

        return FlowValue.Frame(FrameOrigin.Unknown(source.OriginName, at.Syntax.GetLocation(), null));
    }

    /// <summary><c>upload.CopyToAsync(stream)</c>: what the entry puts into the argument it names (the stream now holds the upload).</summary>
    public static FlowValue IntoArgument(UnknownOriginSource source, CallShape call) =>
        FlowValue.Frame(FrameOrigin.Unknown(source.OriginName, call.Operation.Syntax.GetLocation(), null));

    /// <summary>
    /// A path whose file name the code does not fix: only a path that comes whole from outside may be any file. One that
    /// fixes the name (<c>$"{dir}/logo.png"</c>, <c>Path.Combine(folder, "badge.jpg")</c>) names an asset of the
    /// application in a configured folder, not whatever a caller hands in.
    /// </summary>
    public bool MayNameAnyFile(IOperation path) => !EndsInAConstantName(path, 0);

    /// <summary>
    /// A file read whose path (<paramref name="path"/>, the value of an argument <see cref="MayNameAnyFile"/> allows) comes
    /// from configuration, an environment variable or an entry point's parameter: the file may hold anything. A constant
    /// path reads a static asset (or a frame the program wrote there).
    /// </summary>
    public FlowValue OfFileRead(CallShape call, FlowValue path)
    {
        var readBy = call.Method.ContainingType.Name + "." + call.Method.Name;
        if ((path.Provider & ProviderFacts.Unknown) != 0)
        {
            return FlowValue.Frame(FrameOrigin.Unknown("file read by '" + readBy + "' from a path in configuration", call.Operation.Syntax.GetLocation(), null));
        }

        foreach (var token in path.Tokens)
        {
            if (token is ParameterToken { Parameter: var parameter }
                && parameter.ContainingSymbol is IMethodSymbol method
                && EntryPoints.IsEntryPoint(method, _context)
                && !IsCalledInProject(method))
            {
                var description = "file read by '" + readBy + "' from the path in " + DescribeParameter(parameter, method);
                return FlowValue.Frame(FrameOrigin.Unknown(description, call.Operation.Syntax.GetLocation(), method));
            }
        }

        return FlowValue.Empty;
    }

    private bool IsCalledInProject(IMethodSymbol method)
    {
        var called = _context.IsCalledInProject(method);
        if (_projectCalls is not null)
        {
            _projectCalls[method.OriginalDefinition] = called;
        }

        return called;
    }

    /// <summary>"parameter 'image' of public method 'UploadController.Analyze'".</summary>
    private static string DescribeParameter(IParameterSymbol parameter, IMethodSymbol method)
    {
        var kind = method.MethodKind == MethodKind.Constructor ? "constructor" : "method";
        var name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;
        if (!EntryPoints.IsVisibleOutside(method))
        {
            return "parameter '" + parameter.Name + "' of " + kind + " '" + name + "', which implements or overrides a member of another assembly";
        }

        var visibility = method.DeclaredAccessibility == Accessibility.Public ? "public " : "protected ";
        return "parameter '" + parameter.Name + "' of " + visibility + kind + " '" + name + "'";
    }

    /// <summary>A constant, or a <c>new Uri(constant)</c>: a static asset the code names.</summary>
    private static bool IsConstantArgument(CallShape call, Slot slot)
    {
        foreach (var argument in call.Arguments)
        {
            if (!slot.Matches(argument.Parameter))
            {
                continue;
            }

            var value = OperationPeeling.WithoutConversions(argument.Value);
            if (value is IObjectCreationOperation { Arguments.Length: 1 } uri && uri.Type?.ToDisplayString() == "System.Uri")
            {
                value = OperationPeeling.WithoutConversions(uri.Arguments[0].Value);
            }

            return value.ConstantValue.HasValue;
        }

        return false;
    }

    private bool EndsInAConstantName(IOperation path, int depth)
    {
        path = OperationPeeling.WithoutConversions(path);
        if (depth > 4)
        {
            return false;
        }

        return path switch
        {
            ILocalReferenceOperation local => _scan.SingleInitializer(local.Local) is { } initializer && EndsInAConstantName(initializer, depth + 1),
            IInterpolatedStringOperation { Parts.Length: > 0 } interpolated => interpolated.Parts[interpolated.Parts.Length - 1] is IInterpolatedStringTextOperation,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation => OperationPeeling.WithoutConversions(concatenation.RightOperand).ConstantValue.HasValue,
            IInvocationOperation { TargetMethod.Name: "Combine" or "Join", Arguments.Length: > 0 } combine => LastPart(combine) is { } last && OperationPeeling.WithoutConversions(last).ConstantValue.HasValue,
            _ => false,
        };
    }

    /// <summary>The last part of <c>Path.Combine</c>: the last argument, or the last element of its params array.</summary>
    private static IOperation? LastPart(IInvocationOperation combine)
    {
        var last = combine.Arguments[combine.Arguments.Length - 1].Value;
        return last is IArrayCreationOperation { Initializer.ElementValues: { Length: > 0 } elements } ? elements[elements.Length - 1] : last;
    }
}
