using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Which static types can hold image data. A frame's width, a timestamp or a flag cannot, so reading
/// <c>frame.Width</c> into a text prompt is not a frame reaching the model.
/// </summary>
internal static class FrameCarriers
{
    public static bool CanCarry(ITypeSymbol? type) => CanCarry(type, 0);

    private static bool CanCarry(ITypeSymbol? type, int depth)
    {
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return true;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Void:
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_DateTime:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return false;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return CanCarry(nullable.TypeArguments[0], depth);
        }

        if (type.TypeKind == TypeKind.Struct && type is INamedTypeSymbol { IsGenericType: false } own && IsSource(own))
        {
            // A struct of the team's own (a record struct request) carries what its fields and properties can.
            return depth < 2 && HasCarrierMember(own, depth + 1);
        }

        // Sizes, points and rectangles are plain structs; buffers such as ArraySegment<byte> or ReadOnlyMemory<byte> are generic.
        return type.TypeKind != TypeKind.Struct || type is INamedTypeSymbol { IsGenericType: true };
    }

    private static bool IsSource(INamedTypeSymbol type)
    {
        foreach (var location in type.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCarrierMember(INamedTypeSymbol type, int depth)
    {
        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IFieldSymbol { IsStatic: false } field => field.Type,
                IPropertySymbol { IsStatic: false, IsIndexer: false } property => property.Type,
                _ => null,
            };

            if (memberType is not null && CanCarry(memberType, depth))
            {
                return true;
            }
        }

        return false;
    }
}
