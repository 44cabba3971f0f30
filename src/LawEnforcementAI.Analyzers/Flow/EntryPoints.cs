using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Methods that code outside the project can call: what their parameters hold is out of the analysis' sight, so an
/// image parameter of one is an unknown origin (LEAI007). Public and protected members of public types, and members
/// that implement an interface or override a method of another assembly (a controller action, a hosted service, a
/// message handler), in any type. A private helper is not one: its callers are all in the project, and the engine
/// follows them.
/// </summary>
internal static class EntryPoints
{
    public static bool IsEntryPoint(IMethodSymbol method, CompilationContext context)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.ExplicitInterfaceImplementation)
            || method.IsImplicitlyDeclared || !context.Declares(method))
        {
            return false;
        }

        return IsVisibleOutside(method) || ImplementsOrOverridesOutside(method, context);
    }

    /// <summary>
    /// Image-like parameter types: bytes, streams, <c>BinaryData</c>, byte buffers. A string parameter is not one (it is
    /// far more often a prompt, a name or an id than a base64 image); a string path is followed through the file read.
    /// </summary>
    public static bool IsImageParameterType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
        {
            return true;
        }

        // Most parameters are scalars, strings, tokens and the project's own types: out before any name is compared.
        if (type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return false;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic
            && generic.TypeArguments.Length == 1 && generic.TypeArguments[0].SpecialType == SpecialType.System_Byte
            && generic.OriginalDefinition.ContainingNamespace?.ToDisplayString() == "System"
            && generic.Name is "ReadOnlyMemory" or "Memory" or "ArraySegment")
        {
            return true;
        }

        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            var isStream = current.Name == "Stream" && current.ContainingNamespace?.ToDisplayString() == "System.IO";
            var isBinaryData = current.Name == "BinaryData" && current.ContainingNamespace?.ToDisplayString() == "System";
            if (isStream || isBinaryData)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether any source of the project names the method besides its own declarations: a call, a delegate, an
    /// interface or base declaration in source. Then the project's callers decide what it is given, and the whole-program
    /// analysis follows them; a name shared with another member counts too (the rule then stays quiet rather than guess),
    /// except, for a static method, a call qualified by another type's name (an Azure Functions <c>Run</c> is not called
    /// by the project's <c>Task.Run</c>).
    /// </summary>
    public static bool IsCalledInProject(IMethodSymbol method, Compilation compilation, ApiCatalog catalogue, CancellationToken cancellationToken)
    {
        var name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        var declarations = method.DeclaringSyntaxReferences.Length;
        if (method.MethodKind == MethodKind.Constructor)
        {
            // The type's own declarations and every constructor's name the type name too.
            declarations = method.ContainingType.DeclaringSyntaxReferences.Length
                + method.ContainingType.InstanceConstructors.Sum(c => c.DeclaringSyntaxReferences.Length);
        }

        var mentions = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var counts = AnalysisCaches.Of(catalogue).IdentifierCounts.GetValue(tree, t => IdentifierCounts.Of(t, cancellationToken));
            mentions += method.IsStatic && method.MethodKind == MethodKind.Ordinary ? counts.StaticMentions(method.ContainingType.Name, name) : counts[name];
            if (mentions > declarations)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Public or protected, in types that are all public or protected.</summary>
    public static bool IsVisibleOutside(IMethodSymbol method)
    {
        if (!IsVisibleAccessibility(method.DeclaredAccessibility))
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (!IsVisibleAccessibility(type.DeclaredAccessibility))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVisibleAccessibility(Accessibility accessibility) =>
        accessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;

    private static bool ImplementsOrOverridesOutside(IMethodSymbol method, CompilationContext context)
    {
        if (method.OverriddenMethod is { } overridden && !context.Declares(overridden))
        {
            return true;
        }

        if (method.ExplicitInterfaceImplementations.Any(m => !context.Declares(m)))
        {
            return true;
        }

        var type = method.ContainingType;
        foreach (var @interface in type.AllInterfaces)
        {
            if (context.Declares(@interface))
            {
                continue;
            }

            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
