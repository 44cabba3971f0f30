using System;

namespace LawEnforcementAI.Analyzers.Policy;

/// <summary>The context values users can write (README.md, "Attribute your code"); <c>none</c> is the empty set.</summary>
[Flags]
internal enum PolicyContextKinds
{
    None = 0,
    Police = 1,
    LawEnforcement = 2,
    BodyCam = 4,
    DashCam = 8,
}
