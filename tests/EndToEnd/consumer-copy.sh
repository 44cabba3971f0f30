# Sourced by the end-to-end checks (run from the repository root): copies a sample project into a fresh temp directory
# that consumes the package packed into artifacts/packages. It shares the package cache of samples/BodyCamUploader (so
# OpenCvSharp and the Azure SDKs are not downloaded again) after dropping the analyzer from it: NuGet keeps the first
# package it saw for an id and version, and the copy must get the one just packed.
#
# copy_sample <sample folder under samples/> -> sets $copy (the temp root) and $copy_project (the copied project folder)
copy_sample() {
    local name="$1"
    copy="$(mktemp -d "${TMPDIR:-/tmp}/leai-e2e.XXXXXX")"
    mkdir -p "$copy/samples"
    cp samples/Directory.Build.props "$copy/samples/"
    # Only sources and project files: no bin/, obj/ or package cache of the original.
    (cd samples && find "$name" StandIns -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) \
        -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/.packages/*' -print0 | xargs -0 -I{} cp --parents {} "$copy/samples/")
    # The stand-ins compile the test stubs in place (samples/StandIns/README.md): keep their relative path.
    mkdir -p "$copy/tests/LawEnforcementAI.Analyzers.Tests"
    cp -r tests/LawEnforcementAI.Analyzers.Tests/Stubs "$copy/tests/LawEnforcementAI.Analyzers.Tests/"
    copy_project="$copy/samples/$name"
    local cache="$PWD/samples/BodyCamUploader/.packages"
    rm -rf "$cache/lawenforcementai.analyzers"
    cat >"$copy_project/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config>
    <add key="globalPackagesFolder" value="$cache" />
  </config>
  <packageSources>
    <clear />
    <add key="local" value="$PWD/artifacts/packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
}
