using System;
using System.Linq;
using System.Reflection;

namespace LawEnforcementAI.Analyzers.Hosts;

/// <summary>What the host project's build wrote into this assembly (tests/Hosts/Hosts.props).</summary>
internal static class HostSettings
{
    /// <summary>The older-Roslyn analyzer build this host runs: the file packed under analyzers/dotnet/roslynX.Y/cs.</summary>
    public static string AnalyzerAssembly => Get("AnalyzerAssembly");

    /// <summary>tests/Hosts/Samples: one folder per sample.</summary>
    public static string SamplesDir => Get("SamplesDir");

    /// <summary>The unit tests' stand-ins (tests/LawEnforcementAI.Analyzers.Tests/Stubs), which a sample may name in its standins.txt.</summary>
    public static string StandInsDir => Get("StandInsDir");

    /// <summary>The attribute source the package adds in MSBuild builds; a Unity project copies it into Assets.</summary>
    public static string PackageAttributeSource => Get("PackageAttributeSource");

    /// <summary>The Microsoft.CodeAnalysis.CSharp package the host compiles with (3.7.0 or 4.3.1).</summary>
    public static string HostRoslynVersion => Get("HostRoslynVersion");

    private static string Get(string key) =>
        typeof(HostSettings).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The host project sets no '{key}' (tests/Hosts/Hosts.props).");
}
