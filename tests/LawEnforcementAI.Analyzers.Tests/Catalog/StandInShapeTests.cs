using System;
using System.Collections.Generic;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// Stand-ins copy real signatures. Every catalogue entry whose type only a stand-in defines (the packages the registry
/// does not serve) names a member whose overloads in the stand-in are all overloads of the real library, as
/// <see cref="StandInSignatures"/> transcribes them from the cited source: an overload the library does not have (a
/// <c>Read(Mat mat)</c> beside Emgu's one <c>Read(IOutputArray m)</c>) or a renamed parameter fails here. A stand-in
/// may leave real overloads out; it may not add one.
/// </summary>
public class StandInShapeTests
{
    public static TheoryData<string, string> StandInEntries()
    {
        var data = new TheoryData<string, string>();
        foreach (var (type, member) in EntriesOnStandIns().Distinct())
        {
            data.Add(type, member);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StandInEntries))]
    public void StandInOverloadsAreTheRealOnes(string typeName, string member)
    {
        var row = StandInSignatures.Rows.SingleOrDefault(r => r.Type == typeName && r.Member == member);
        var actual = Overloads(typeName, member, row?.Full ?? false);
        Assert.True(row is not null, $"No transcribed signatures for {typeName}.{member}; the stand-in has:\n  " + string.Join("\n  ", actual));
        var invented = actual.Where(a => !row!.Signatures.Contains(a)).ToList();
        Assert.True(invented.Count == 0, $"{typeName}.{member} in the stand-in has overloads the real library ({row!.Source}) does not:\n  " + string.Join("\n  ", invented));
        Assert.NotEmpty(actual);
    }

    [Fact]
    public void EveryTranscriptionNamesItsSourceAndAnEntry()
    {
        var entries = EntriesOnStandIns().ToHashSet();
        Assert.All(StandInSignatures.Rows, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Source), r.Type + "." + r.Member + " cites no source");
            Assert.Contains((r.Type, r.Member), entries);
        });
    }

    /// <summary>
    /// Each Face recognition operation is checked above, with return types and defaults, against the stand-in of the one
    /// SDK release its table names: the Azure.AI.Vision.Face rows against that assembly, the legacy rows against the
    /// Microsoft.Azure.CognitiveServices.Vision.Face one.
    /// </summary>
    [Fact]
    public void EveryFaceOperationIsCheckedAgainstTheStandInOfItsRelease()
    {
        var checkedEntries = EntriesOnStandIns().ToHashSet();
        foreach (var (operations, assembly) in new[]
        {
            (FaceRecognitionTable.AzureAIVisionFace, "Azure.AI.Vision.Face"),
            (FaceRecognitionTable.LegacyFace, "Microsoft.Azure.CognitiveServices.Vision.Face"),
            (RekognitionTable.Operations, "AWSSDK.Rekognition"),
        })
        {
            Assert.All(operations, o =>
            {
                Assert.Contains((o.TypeName, o.Member.Name), checkedEntries);
                Assert.Equal(assembly, StandInType(o.TypeName)?.ContainingAssembly.Name);
                Assert.True(StandInSignatures.Rows.Single(r => r.Type == o.TypeName && r.Member == o.Member.Name).Full, o.TypeName + "." + o.Member.Name);
            });
        }
    }

    /// <summary>
    /// A camera API that reads a frame into an argument names that argument as every overload does, so whichever
    /// overload a call binds to (Emgu's <c>Read(IOutputArray m)</c> for a <c>Mat</c>), the frame lands where the table says.
    /// </summary>
    [Fact]
    public void FrameArgumentsAreNamedAsEveryOverloadNamesThem()
    {
        var checkedAny = false;
        foreach (var source in ApiCatalog.Default.Entries.OfType<CameraSource>().Where(s => s.FrameArgument.Kind == SlotKind.Parameter))
        {
            var type = StandInType(source.TypeName) ?? RealTypes.Value.Select(c => c.GetTypeByMetadataName(source.TypeName)).FirstOrDefault(t => t is not null);
            var overloads = type!.GetMembers(source.Member.Name).OfType<IMethodSymbol>().Where(m => m.DeclaredAccessibility == Accessibility.Public).ToList();
            Assert.NotEmpty(overloads);
            Assert.All(overloads, m => Assert.True(
                m.Parameters.Any(p => p.Name == source.FrameArgument.Name),
                $"{m.ToDisplayString(Format)} has no parameter '{source.FrameArgument.Name}' ({source})"));
            checkedAny = true;
        }

        Assert.True(checkedAny);
    }

    /// <summary>Each stand-in file opens with what it imitates and where that was read (a repository path or an API listing).</summary>
    [Theory]
    [MemberData(nameof(StandInNames))]
    public void StandInHeaderCitesItsSource(string standInName)
    {
        using var stream = typeof(StandInReferences).Assembly.GetManifestResourceStream("StandIns." + standInName + ".cs")!;
        var header = string.Concat(new System.IO.StreamReader(stream).ReadToEnd().Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)));
        Assert.Contains("Imitates", header);
        Assert.Contains("Source:", header);
    }

    public static TheoryData<string> StandInNames => new(StandInReferences.Names);

    private static IEnumerable<(string Type, string Member)> EntriesOnStandIns()
    {
        // Face operations are here too: one matches every overload of its name, so each overload the stand-in of its
        // SDK release declares must be a real one, or a call of an invented overload would be reported as real.
        foreach (var entry in ApiCatalog.Default.Entries.Where(e => e.Member.Kind != ApiMemberKind.Every))
        {
            // A member the real packages have is checked against them (RealPackageShapeTests), not here.
            if (StandInType(entry.TypeName) is not null && !RealTypes.Value.Any(c => c.GetTypeByMetadataName(entry.TypeName) is { DeclaredAccessibility: Accessibility.Public } real && real.GetMembers(entry.Member.Name).Any(m => m.DeclaredAccessibility == Accessibility.Public)))
            {
                yield return (entry.TypeName, entry.Member.Name);
            }
        }
    }

    /// <summary>The type as a stand-in assembly defines it, or null when a real package does (or nothing does).</summary>
    private static INamedTypeSymbol? StandInType(string typeName)
    {
        foreach (var name in StandInReferences.Names)
        {
            var compilation = Compilations.GetOrAdd(name, n => CSharpCompilation.Create(
                "StandInShapes",
                references: TestReferences.Platform.AddRange(StandInReferences.SetOf(n)),
                options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
            var standIn = (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(StandInReferences.Get(name))!;
            if (standIn.GetTypeByMetadataName(typeName) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CSharpCompilation> Compilations = new();

    private static readonly Lazy<CSharpCompilation[]> RealTypes = new(() =>
    [
        CSharpCompilation.Create("RealShapes", references: TestReferences.Platform.AddRange(RealPackages.All).AddRange(ServicePackages.UploadsAndBlobs).AddRange(ServicePackages.RestClient)),
        CSharpCompilation.Create("RealShapesSemanticKernelAzure", references: TestReferences.Platform.AddRange(RealPackages.SemanticKernelAzure)),
    ]);

    private static readonly SymbolDisplayFormat Format = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeExtensionThis,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>The same with the return type and the parameters' default values.</summary>
    private static readonly SymbolDisplayFormat FullFormat = Format
        .AddMemberOptions(SymbolDisplayMemberOptions.IncludeType)
        .AddParameterOptions(SymbolDisplayParameterOptions.IncludeDefaultValue);

    /// <summary>The member's overloads as the stand-in declares them on the type or its bases in the stand-in.</summary>
    private static List<string> Overloads(string typeName, string member, bool full = false)
    {
        var result = new List<string>();
        for (var type = StandInType(typeName); type is not null; type = type.BaseType)
        {
            foreach (var symbol in type.GetMembers(member).Where(m => m.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected))
            {
                result.Add(symbol is IPropertySymbol property
                    ? property.Type.ToDisplayString(Format) + " " + property.Name
                    : symbol.ToDisplayString(full ? FullFormat : Format));
            }

            if (member == WellKnownMemberNames.InstanceConstructorName)
            {
                break;
            }
        }

        return result;
    }
}
