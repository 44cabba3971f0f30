#!/usr/bin/env bash
# End-to-end SARIF check (docs/ci.md): reads the SARIF 2.1 log samples/build-sample.sh wrote while building
# samples/BodyCamUploader with -p:ErrorLog=...%2Cversion=2.1, then builds a copy of the sample with
# 'dotnet_diagnostic.LEAI001.severity = error' in its .editorconfig and expects that build to fail on LEAI001.
# Run samples/build-sample.sh first (it packs the package and writes the log).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
sarif="artifacts/logs/BodyCamUploader.sarif"
docs="https://github.com/lawenforcementai/LawEnforcementAI.Analyzers/blob/main/docs/rules"

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() { local description="$1"; shift; if "$@" >/dev/null; then pass "$description"; else fail "$description"; fi; }

[[ -s $sarif ]] || { echo "FAIL: no SARIF log at $sarif (run samples/build-sample.sh first)"; exit 1; }
q() { jq -e "$1" "$sarif"; }

check "SARIF is version 2.1.0" q '.version == "2.1.0"'
check "LEAI000 records the attribution (police, body-cam, US, from the MSBuild property)" \
    q '[.runs[].results[] | select(.ruleId == "LEAI000") | .message.text | select(test("police, body-cam \\(US\\) from MSBuild property"))] | length >= 1'
for rule in LEAI001 LEAI002; do
    check "$rule results are in the log" q "[.runs[].results[] | select(.ruleId == \"$rule\")] | length >= 1"
    check "$rule carries its help URI ($docs/$rule.md)" \
        q "[.runs[].tool.driver.rules[] | select(.id == \"$rule\") | .helpUri] == [\"$docs/$rule.md\"]"
done
# The frame queued by the capture callback and sent by another class (LEAI002): the source and
# each step of its route are related locations, so a SARIF viewer can walk from the send back to the camera.
check "LEAI002 in IncidentVisionClient.cs has the route as related locations (source and steps)" \
    q '[.runs[].results[] | select(.ruleId == "LEAI002" and (.locations[0].physicalLocation.artifactLocation.uri | endswith("IncidentVisionClient.cs"))) | (.relatedLocations // []) | length] | max >= 2'
check "the clean file StationLogoCaption.cs has no LEAI result" \
    q '[.runs[].results[] | select((.ruleId | startswith("LEAI")) and (.locations[0].physicalLocation.artifactLocation.uri // "" | endswith("StationLogoCaption.cs")))] | length == 0'

# ---- Failing the build on a rule, the way docs/ci.md says ------------------------------------------------------------
source tests/EndToEnd/consumer-copy.sh
copy_sample BodyCamUploader
trap 'rm -rf "$copy"' EXIT
printf 'root = true\n\n[*.cs]\ndotnet_diagnostic.LEAI001.severity = error\n' >"$copy_project/.editorconfig"
log="artifacts/logs/severity-override.log"
set +e
dotnet build "$copy_project" -c Release -nologo >"$log" 2>&1
status=$?
set -e
check "dotnet_diagnostic.LEAI001.severity = error fails the build" test "$status" -ne 0
check "the failing build names 'error LEAI001'" grep -qE ': error LEAI001:' "$log"
check "LEAI002 stays a warning in that build" grep -qE ': warning LEAI002:' "$log"

if [[ $failures -ne 0 ]]; then
    echo "check-sarif: $failures check(s) FAILED (severity-override build log: $log)"
    exit 1
fi
echo "check-sarif: all checks passed"
