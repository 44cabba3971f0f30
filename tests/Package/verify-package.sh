#!/usr/bin/env bash
# End-to-end check of the LawEnforcementAI.Analyzers NuGet package as a user gets it: pack, then consume it from a
# brand-new console project in a temp directory outside the repository (own nuget.config, own package cache), and
# check the package layout and the three ways of attribution.
#
# usage: tests/Package/verify-package.sh [--reuse-package] [--keep]
#   --reuse-package  use the newest artifacts/packages/LawEnforcementAI.Analyzers.*.nupkg if there is one
#   --keep           keep the temp directory for inspection
set -euo pipefail

reuse=false
keep=false
for arg in "$@"; do
    case "$arg" in
        --reuse-package) reuse=true ;;
        --keep) keep=true ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
done

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
packages_dir="$repo_root/artifacts/packages"

newest_package() {
    ls -t "$packages_dir"/LawEnforcementAI.Analyzers.*.nupkg 2>/dev/null | grep -v '\.symbols\.nupkg$' | head -n 1 || true
}

package="$(newest_package)"
if [[ $reuse != true || -z $package ]]; then
    echo "== Packing LawEnforcementAI.Analyzers into $packages_dir"
    (cd "$repo_root" && dotnet pack Analyzer.sln -c Release -o "$packages_dir" -nologo -v:q)
    package="$(newest_package)"
fi
[[ -n $package ]] || { echo "FAIL: no LawEnforcementAI.Analyzers nupkg in $packages_dir"; exit 1; }
version="$(basename "$package" .nupkg)"
version="${version#LawEnforcementAI.Analyzers.}"
echo "== Package: $package (version $version)"

work="$(mktemp -d "${TMPDIR:-/tmp}/leai-verify-package.XXXXXX")"
if [[ $keep == true ]]; then
    echo "== Temp directory (kept): $work"
else
    trap 'rm -rf "$work"' EXIT
fi

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() { # check <description> <command...>
    local description="$1"; shift
    if "$@"; then pass "$description"; else fail "$description"; fi
}

# ---- Package layout -------------------------------------------------------------------------------------------------
listing="$(unzip -l "$package")"
nuspec="$(unzip -p "$package" '*.nuspec')"
for entry in \
    analyzers/dotnet/roslyn3.8/cs/LawEnforcementAI.Analyzers.dll \
    analyzers/dotnet/roslyn4.3/cs/LawEnforcementAI.Analyzers.dll \
    analyzers/dotnet/roslyn4.8/cs/LawEnforcementAI.Analyzers.dll \
    analyzers/dotnet/roslyn4.8/cs/LawEnforcementAI.Analyzers.CodeFixes.dll \
    LICENSE \
    README.md \
    buildTransitive/LawEnforcementAI.Analyzers.props \
    buildTransitive/LawEnforcementAI.Analyzers.targets \
    buildTransitive/LawEnforcementAI.AIPolicyContextAttribute.cs; do
    check "nupkg contains $entry" grep -qE "[[:space:]]$entry\$" <<<"$listing"
done
check "nuspec has <developmentDependency>true</developmentDependency>" \
    grep -q '<developmentDependency>true</developmentDependency>' <<<"$nuspec"
# The package metadata decided for the product: MIT, the repository as project and source URL, a readme.
project_url="https://github.com/lawenforcementai/LawEnforcementAI.Analyzers"
check "nuspec has <license type=\"expression\">MIT</license>" grep -q '<license type="expression">MIT</license>' <<<"$nuspec"
check "nuspec has <projectUrl>$project_url</projectUrl>" grep -qF "<projectUrl>$project_url</projectUrl>" <<<"$nuspec"
check "nuspec has <repository type=\"git\" url=\"$project_url\"" grep -qF "<repository type=\"git\" url=\"$project_url\"" <<<"$nuspec"
check "nuspec has <readme>README.md</readme>" grep -q '<readme>README.md</readme>' <<<"$nuspec"
check "nuspec has a description, tags and release notes" \
    grep -qzE '<description>[^<]+</description>.*<releaseNotes>[^<]+</releaseNotes>.*<tags>[^<]+</tags>' <<<"$nuspec"
# One analyzer build per compiler generation (docs/packaging.md): the SDK takes the highest roslynX.Y folder not above
# its compiler, Unity's importers take roslyn3.8 or roslyn4.3 (docs/unity.md). Nothing else under analyzers/.
only_versioned_builds() {
    ! grep -E '[[:space:]]analyzers/' <<<"$listing" \
        | grep -vqE '[[:space:]]analyzers/dotnet/roslyn(3\.8|4\.3|4\.8)/cs/LawEnforcementAI\.Analyzers(\.CodeFixes)?\.dll$'
}
no_code_fixes_in_old_folders() { ! grep -qE 'analyzers/dotnet/roslyn(3\.8|4\.3)/.*CodeFixes' <<<"$listing"; }
check "analyzers/ holds only the roslyn3.8, roslyn4.3 and roslyn4.8 builds (no plain analyzers/dotnet/cs)" only_versioned_builds
# Unity's importers label every DLL of an old folder as an analyzer; the code fixes need Workspaces, which Unity lacks.
check "no code-fix assembly in the roslyn3.8 and roslyn4.3 folders (Unity would load it as an analyzer)" no_code_fixes_in_old_folders
unzip -q -o "$package" 'analyzers/*' -d "$work/extracted"
analyzers="$work/extracted/analyzers/dotnet"

# What each build references, read from its metadata (tests/Package/AssemblyReferences): a build that references a
# compiler newer than its host's is not loaded there (CS8032/CS9057), silently.
echo "== Building the assembly-reference reader"
references_tool="$repo_root/tests/Package/AssemblyReferences"
dotnet build "$references_tool" -c Release -nologo -v:q >"$work/references-tool.log" 2>&1 || { tail -n 20 "$work/references-tool.log"; fail "tests/Package/AssemblyReferences does not build"; }
references_of() { dotnet "$references_tool/bin/Release/net10.0/AssemblyReferences.dll" "$1"; }
# references_at_most <folder> <newest allowed Microsoft.CodeAnalysis* assembly version>
references_at_most() {
    local dll="$analyzers/$1/cs/LawEnforcementAI.Analyzers.dll" newest="$2" refs
    refs="$(references_of "$dll")" || return 1
    echo "    $1: $(tr '\n' ';' <<<"$refs")"
    grep -q '^Microsoft.CodeAnalysis ' <<<"$refs" || return 1
    ! grep -E '^Microsoft\.CodeAnalysis' <<<"$refs" | awk -v newest="$newest" '
        function cmp(a, b,   x, y, i) { split(a, x, "."); split(b, y, "."); for (i = 1; i <= 4; i++) { if (x[i] + 0 != y[i] + 0) return (x[i] + 0 > y[i] + 0) ? 1 : -1 } return 0 }
        cmp($2, newest) > 0 { found = 1 } END { exit found ? 0 : 1 }'
}
check "roslyn3.8 references Microsoft.CodeAnalysis 3.7.0.0 or older (loads in Roslyn 3.8: Unity 2021.3, 2022.3)" references_at_most roslyn3.8 3.7.0.0
check "roslyn4.3 references Microsoft.CodeAnalysis 4.3.0.0 or older (the 4.3.1 package; loads in Unity 6.0-6.4)" references_at_most roslyn4.3 4.3.0.0
check "roslyn4.8 references Microsoft.CodeAnalysis 4.8.0.0 or older" references_at_most roslyn4.8 4.8.0.0
# No Workspaces in an analyzer (the compiler loads it without them); only the code fixes may reference it.
for folder in roslyn3.8 roslyn4.3 roslyn4.8; do
    check "the $folder analyzer assembly does not reference Microsoft.CodeAnalysis.Workspaces" \
        bash -c "! grep -aq 'Microsoft.CodeAnalysis.Workspaces' '$analyzers/$folder/cs/LawEnforcementAI.Analyzers.dll'"
done
check "the code-fix assembly does (it is where the fixes belong)" \
    grep -aq 'Microsoft.CodeAnalysis.Workspaces' "$analyzers/roslyn4.8/cs/LawEnforcementAI.Analyzers.CodeFixes.dll"
# The test hosts (tests/LawEnforcementAI.Analyzers.Hosts.*) run the old builds from the projects' build output: it must be
# the very file that was packed.
for folder in roslyn3.8 roslyn4.3; do
    built="$repo_root/src/LawEnforcementAI.Analyzers.Roslyn${folder#roslyn}/bin/Release/netstandard2.0/LawEnforcementAI.Analyzers.dll"
    check "the packed $folder assembly is the build output the test hosts load" cmp -s "$built" "$analyzers/$folder/cs/LawEnforcementAI.Analyzers.dll"
done

# ---- A consumer outside the repository ------------------------------------------------------------------------------
mkdir -p "$work/feed" "$work/nuget-packages"
cp "$package" "$work/feed/"

# Shield the consumer from any Directory.Build.* above the temp directory.
echo '<Project />' >"$work/Directory.Build.props"
echo '<Project />' >"$work/Directory.Build.targets"

cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <!-- Own cache: a package rebuilt with the same version is never masked by ~/.nuget/packages. -->
    <add key="globalPackagesFolder" value="$work/nuget-packages" />
  </config>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML

# new_case <name> <AIPolicyContext property XML or ''> <assembly attribute line or ''>
new_case() {
    local dir="$work/$1" property="$2" attribute="$3"
    mkdir -p "$dir"
    cat >"$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    $property
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="LawEnforcementAI.Analyzers" Version="$version" />
    <PackageReference Include="OpenAI" Version="2.15.0" />
    <PackageReference Include="OpenCvSharp4" Version="4.13.0.20260627" />
  </ItemGroup>
</Project>
XML
    cat >"$dir/Program.cs" <<CS
using System.ClientModel;
using OpenAI;
using OpenAI.Chat;
using OpenCvSharp;

$attribute

// An OpenAI client pointed at an Azure OpenAI endpoint (the v1 API), sending a webcam frame.
ChatClient chat = new OpenAIClient(
        new ApiKeyCredential("k"),
        new OpenAIClientOptions { Endpoint = new Uri("https://contoso.openai.azure.com/openai/v1") })
    .GetChatClient("gpt-4o");

var capture = new VideoCapture(0);
var frame = new Mat();
capture.Read(frame);
ChatMessageContentPart part = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame.ToBytes(".jpg")), "image/jpeg");
ChatCompletion completion = await chat.CompleteChatAsync(new UserChatMessage(part));
Console.WriteLine(completion.Content[0].Text);

CS
}

# build_case <name>: builds into a fresh directory and sets $log; a failed build is a failure of its own.
build_case() {
    log="$work/$1.log"
    local started=$SECONDS
    if ! dotnet build "$work/$1" -c Release --no-incremental -nologo >"$log" 2>&1; then
        fail "case $1: dotnet build failed (last lines below)"
        tail -n 30 "$log" | sed 's/^/    /'
    fi
    echo "-- case $1 built in $((SECONDS - started)) s; LEAI lines:"
    grep -E ': warning LEAI[0-9]{3}:' "$log" | sed -E 's#^.*/(Program\.cs)#    \1#; s# \[[^]]*\.csproj\]$##' | sort -u | cut -c1-160 || true
}

has() { grep -qE "$1" "$2"; }
lacks() { ! grep -qE "$1" "$2"; }

echo "== Building consumer projects in $work"

new_case a-property '<AIPolicyContext>police</AIPolicyContext>' ''
build_case a-property
check "(a) <AIPolicyContext>police</AIPolicyContext> gives warning LEAI001" has ': warning LEAI001:' "$log"

# The SDK's compiler (Roslyn 5.x) must get the 4.8 build, and only it: the analyzer items the build resolves from the package.
resolved="$(dotnet msbuild "$work/a-property" -nologo -t:ResolveLockFileAnalyzers -getItem:Analyzer 2>"$work/analyzer-items.err" \
    | grep -oE '"Identity": "[^"]*lawenforcementai\.analyzers[^"]*"' | sed -E 's#.*/analyzers/#analyzers/#; s#"$##' | sort | tr '\n' ' ' || true)"
echo "    analyzers the SDK resolves from the package: $resolved"
check "the SDK's compiler gets analyzers/dotnet/roslyn4.8/cs (analyzer and code fixes) and no older build" \
    test "$resolved" = "analyzers/dotnet/roslyn4.8/cs/LawEnforcementAI.Analyzers.CodeFixes.dll analyzers/dotnet/roslyn4.8/cs/LawEnforcementAI.Analyzers.dll "

new_case b-unattributed '' ''
build_case b-unattributed
check "(b) no attribution gives no LEAI warning at all" lacks ': warning LEAI[0-9]{3}:' "$log"

new_case c-attribute '' '[assembly: LawEnforcementAI.AIPolicyContext("police")]'
build_case c-attribute
check "(c) [assembly: LawEnforcementAI.AIPolicyContext(\"police\")] compiles (package supplies the type) and gives warning LEAI001" \
    has ': warning LEAI001:' "$log"

new_case d-semicolon '<AIPolicyContext>police;body-cam</AIPolicyContext>' ''
build_case d-semicolon
check "(d) <AIPolicyContext>police;body-cam</AIPolicyContext> gives warning LEAI001" has ': warning LEAI001:' "$log"
check "(d) <AIPolicyContext>police;body-cam</AIPolicyContext> gives warning LEAI002 (';' normalised by buildTransitive targets)" \
    has ': warning LEAI002:' "$log"

new_case e-typo '<AIPolicyContext>polise</AIPolicyContext>' ''
build_case e-typo
check "(e) <AIPolicyContext>polise</AIPolicyContext> gives warning LEAI090 naming 'polise'" has ": warning LEAI090:.*'polise'" "$log"

# (f) The way the README installs it: 'dotnet add package' from the local folder into a project that lacks it.
new_case f-add-package '' ''
sed -i '/<PackageReference Include="LawEnforcementAI.Analyzers"/d' "$work/f-add-package/Consumer.csproj"
if dotnet add "$work/f-add-package/Consumer.csproj" package LawEnforcementAI.Analyzers --version "$version" >"$work/f-add.log" 2>&1; then
    pass "(f) dotnet add package LawEnforcementAI.Analyzers --version $version succeeds from the local folder"
else
    fail "(f) dotnet add package LawEnforcementAI.Analyzers --version $version (last lines below)"
    tail -n 20 "$work/f-add.log" | sed 's/^/    /'
fi
check "(f) as a development dependency it is added with PrivateAssets=all" \
    grep -qzE 'Include="LawEnforcementAI.Analyzers" Version="[^"]+">.*<PrivateAssets>all</PrivateAssets>' "$work/f-add-package/Consumer.csproj"

echo
if [[ $failures -ne 0 ]]; then
    echo "verify-package: $failures check(s) FAILED"
    exit 1
fi
echo "verify-package: all checks passed"
