using System.IO;

namespace LawEnforcementAI.Analyzers.Tests.Infrastructure;

/// <summary>Files the package ships into a user's build, read from the same sources the package is packed from.</summary>
public static class PackageFiles
{
    /// <summary>The <c>LawEnforcementAI.AIPolicyContextAttribute</c> source the buildTransitive targets add.</summary>
    public static string AttributeSource { get; } = Read("Package.AIPolicyContextAttribute.cs");

    public const string AttributePath = "/obj/LawEnforcementAI.AIPolicyContextAttribute.cs";

    private static string Read(string name)
    {
        using var stream = typeof(PackageFiles).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
