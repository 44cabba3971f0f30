#!/usr/bin/env bash
# Packs the analyzer from this repository and builds samples/BodyCamUploader against the fresh package, the way a user
# would consume it. Passes when packing prints no warning, the build succeeds with LEAI001 and LEAI002
# warnings (with their help links) and the clean file StationLogoCaption.cs gets no LEAI diagnostic. The build also
# writes the SARIF log artifacts/logs/BodyCamUploader.sarif that tests/EndToEnd/check-sarif.sh checks.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

sample_dir="samples/BodyCamUploader"
packages_dir="artifacts/packages"
log_dir="artifacts/logs"
log="$log_dir/build-sample.log"
clean_file="StationLogoCaption.cs"
mkdir -p "$packages_dir" "$log_dir"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

echo "== Packing LawEnforcementAI.Analyzers into $packages_dir"
pack_log="$log_dir/pack.log"
dotnet pack Analyzer.sln -c Release -o "$packages_dir" -nologo 2>&1 | tee "$pack_log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || { echo "FAIL: dotnet pack failed"; exit 1; }
# The package metadata is a product decision (license, URLs, readme, release notes): packing must not warn about it.
if grep -qE 'warning [A-Z]+[0-9]+' "$pack_log"; then
    fail "dotnet pack printed warnings (see $pack_log)"
else
    echo "PASS: dotnet pack printed no warning"
fi

# NuGet keeps the first package it saw for an id and version; drop the sample's cached copy so the one just packed
# is restored (the sample's nuget.config points globalPackagesFolder at .packages, away from ~/.nuget/packages).
rm -rf "$sample_dir/.packages/lawenforcementai.analyzers"

# The SARIF log, written the way docs/ci.md tells users (the comma escaped as %2C); tests/EndToEnd/check-sarif.sh reads it.
sarif="$repo_root/$log_dir/BodyCamUploader.sarif"
rm -f "$sarif"

echo "== Building $sample_dir"
set +e
dotnet build "$sample_dir" -c Release --no-incremental -nologo "-p:ErrorLog=$sarif%2Cversion=2.1" 2>&1 | tee "$log"
build_status=${PIPESTATUS[0]}
set -e

if [[ $build_status -ne 0 ]]; then
    fail "dotnet build exited with $build_status (LEAI warnings must not break the build)"
fi

# MSBuild prints each warning twice (inline and in the summary); keep one copy of each, without the project suffix.
leai_lines="$(grep -E ': warning LEAI[0-9]{3}:' "$log" | sed -E 's# \[[^]]*\.csproj\]$##' | sort -u || true)"

echo
echo "== LEAI warnings (deduplicated)"
if [[ -n "$leai_lines" ]]; then
    sed -E "s#^$repo_root/##; s#: (warning LEAI[0-9]{3}): (.{0,110}).*\((https?://[^)]*)\)\$#: \1: \2… (\3)#" <<<"$leai_lines"
else
    echo "(none)"
fi
echo

for rule in LEAI001 LEAI002; do
    if grep -qE ": warning $rule: .*docs/rules/$rule\.md" <<<"$leai_lines"; then
        echo "PASS: warning $rule printed with its help link (docs/rules/$rule.md)"
    else
        fail "no 'warning $rule' line with help link docs/rules/$rule.md"
    fi
done

if grep -qE "/$clean_file\([0-9]+,[0-9]+\): warning LEAI" <<<"$leai_lines"; then
    fail "$clean_file is clean code but got an LEAI warning"
else
    echo "PASS: no LEAI warning in $clean_file"
fi

# Recorded footage gives LEAI001 only (docs/policy.md): the real-time rule LEAI002 must not fire on a video file.
# EvidenceClipReviewer also sends its messages as a collection expression, which the SDK's compiler models with an
# operation kind Roslyn 4.8 (our unit tests) cannot name, so this is the end-to-end proof for that shape.
if grep -qE "/EvidenceClipReviewer\.cs\([0-9]+,[0-9]+\): warning LEAI001" <<<"$leai_lines"; then
    echo "PASS: EvidenceClipReviewer.cs (recorded footage, collection expression) got LEAI001"
else
    fail "EvidenceClipReviewer.cs should get LEAI001"
fi
if grep -qE "/EvidenceClipReviewer\.cs\([0-9]+,[0-9]+\): warning LEAI002" <<<"$leai_lines"; then
    fail "EvidenceClipReviewer.cs reads a recorded file and must not get LEAI002"
else
    echo "PASS: no LEAI002 for recorded footage in EvidenceClipReviewer.cs"
fi

# A frame that crosses classes: capture callback -> queue -> worker -> IncidentVisionClient.DescribeAsync. The frame
# comes from DescribeAsync's callers: the same live IDs as any route (docs/flow.md, "Editor and build").
if grep -qE "/IncidentVisionClient\.cs\([0-9]+,[0-9]+\): warning LEAI002: .*passed to 'IncidentVisionClient.DescribeAsync'" <<<"$leai_lines"; then
    echo "PASS: IncidentVisionClient.cs got LEAI002 with the frame's route across classes"
else
    fail "IncidentVisionClient.cs should get LEAI002 naming the route (passed to 'IncidentVisionClient.DescribeAsync')"
fi
if grep -qE "/IncidentVisionClient\.cs\([0-9]+,[0-9]+\): warning LEAI10[12]:" <<<"$leai_lines"; then
    fail "IncidentVisionClient.cs got a retired build-only ID (LEAI101/LEAI102)"
else
    echo "PASS: no retired LEAI101/LEAI102 on IncidentVisionClient.cs"
fi

if [[ $failures -ne 0 ]]; then
    echo "build-sample: $failures check(s) failed; full log in $log"
    exit 1
fi
echo "build-sample: OK (log: $log)"
