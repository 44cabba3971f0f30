// Another assembly of the project (a driver .asmdef, or a library built with the 4.8 build), carrying the flow facts the
// package's generator publishes (docs/flow.md, "Across projects"): Grab returns a live camera frame; Badge is not
// published, so it returns nothing the analyzer follows. Bodies are stand-ins: only the published facts matter.
using System.Reflection;

[assembly: AssemblyMetadata("LawEnforcementAI.Flow", "#! LawEnforcementAI.Models 1\n# Published by LawEnforcementAI.Analyzers from Contoso.Driver\nsource live M:Contoso.Driver.BodyCamDriver.Grab\n")]

namespace Contoso.Driver
{
    public sealed class BodyCamDriver
    {
        public byte[] Grab() => new byte[0];

        public byte[] Badge() => new byte[0];
    }
}
