using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Tests.Robustness;

/// <summary>
/// The sources the robustness tests mutate: every camera source (live and recorded) and every sending call of the rule
/// suites, as complete files without markup, each in its own class so they can share one compilation.
/// </summary>
internal static class RobustnessCorpus
{
    public static IReadOnlyList<(string Name, string Source)> Sources(string className = "Uploader")
    {
        var camera = CameraSourceTests.LiveSources().Concat(CameraSourceTests.RecordedSources())
            .Select(r => ((string)r[0], Snippets.InMethod((string)r[1], (string)r[2], className: className)));
        var sinks = OpenAIChatSinkTests.SendingCalls()
            .Select(r => ((string)r[0], Snippets.InMethod(Snippets.OpenCv, OpenAIChatSinkTests.Frame + (string)r[1], className: className)));
        return camera.Concat(sinks).Select(s => (s.Item1, s.Item2.WithoutMarkup())).ToList();
    }

    /// <summary>
    /// The flow and configuration analyzers, attributed as police with body cameras in the US, broken code allowed:
    /// direct analysis, because these tests compare runs with each other or only require that nothing crashes.
    /// </summary>
    public static DirectAnalysis Test() => DirectAnalysis.Policy("police, body-cam", "US");

    /// <summary>Runs; <see cref="DirectAnalysis.RunAsync"/> already throws on AD0001 or any analyzer exception.</summary>
    public static Task<IReadOnlyList<Diagnostic>> RunAsync(DirectAnalysis test) => test.RunAsync();

    /// <summary>ID, span, message and additional locations: everything a user sees of a diagnostic.</summary>
    public static string Render(Diagnostic d) =>
        $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} [{string.Join(", ", d.AdditionalLocations.Select(l => l.GetLineSpan().ToString()))}]";
}
