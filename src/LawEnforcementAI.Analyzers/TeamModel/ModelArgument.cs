using System.Globalization;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.TeamModel;

/// <summary>
/// The argument an entry names (<c>image=frame</c>, <c>arg=0</c>, <c>arg=this</c>): a parameter name, a zero-based
/// position, or the receiver. Checked against the member only once the ID is resolved, since names differ per overload.
/// </summary>
internal readonly struct ModelArgument
{
    private const string ReceiverWord = "this";

    private ModelArgument(string text)
    {
        Text = text;
    }

    /// <summary>As written, for messages.</summary>
    public string Text { get; }

    public bool IsReceiver => Text == ReceiverWord;

    public static ModelArgument Parse(string text) => new(text);

    /// <summary>The slot this argument is on <paramref name="method"/>, or null with <paramref name="problem"/> saying why not.</summary>
    public Slot? Resolve(IMethodSymbol method, bool receiverAllowed, out string? problem)
    {
        problem = null;
        if (IsReceiver)
        {
            if (receiverAllowed && !method.IsStatic && method.MethodKind != MethodKind.Constructor)
            {
                return Slot.Receiver;
            }

            problem = receiverAllowed ? "'this' names the receiver, and a static method or constructor has none" : "'this' cannot carry the image; name a parameter";
            return null;
        }

        if (int.TryParse(Text, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            if (position < method.Parameters.Length)
            {
                return Slot.Position(position);
            }

            problem = "argument " + Text + " does not exist: positions count from 0 and the method has " + method.Parameters.Length + " parameter(s)";
            return null;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == Text)
            {
                return Slot.Parameter(Text);
            }
        }

        problem = "the method has no parameter named '" + Text + "'";
        return null;
    }
}
