#!/usr/bin/env bash
# Routes across projects, end to end (docs/flow.md, "Across projects"): builds tests/EndToEnd/AcrossProjects, a
# three-project solution (camera driver, vision library, host) against the package samples/build-sample.sh packed, with
# plain `dotnet build`, so each project reference is the other project's built assembly and the flow facts travel in
# it. Expects LEAI001 and LEAI002 exactly on the host's three cross-project routes, by file and line, nothing on the
# quiet routes beside them, and the facts in the driver's and the vision library's assemblies.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"
solution="tests/EndToEnd/AcrossProjects"
host="$solution/Contoso.Host/PatrolService.cs"
log="artifacts/logs/across-projects.log"
mkdir -p artifacts/logs

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

[[ -d artifacts/packages ]] || { echo "FAIL: no package in artifacts/packages (run samples/build-sample.sh first)"; exit 1; }

# NuGet keeps the first package it saw for an id and version: drop any cached copy so the one just packed is restored.
rm -rf samples/BodyCamUploader/.packages/lawenforcementai.analyzers

echo "== Building $solution/Contoso.Host (and the projects it references)"
set +e
dotnet build "$solution/Contoso.Host" -c Release --no-incremental -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
[[ $status -eq 0 ]] || fail "dotnet build exited with $status"

# One line per warning: file name, line, rule.
actual="$(grep -E ': warning LEAI[0-9]{3}:' "$log" | sed -E 's# \[[^]]*\.csproj\]$##' | sort -u \
    | sed -E 's#^.*/([^/]+\.cs)\(([0-9]+),[0-9]+\): warning (LEAI[0-9]{3}):.*#\1:\2 \3#' | sort -u || true)"

line_of() { grep -nF "$1" "$host" | head -1 | cut -d: -f1; }
expected=""
for marker in "BinaryData.FromBytes(_driver.Grab())" "return _vision.DescribeAsync(capture" "public Task HandOnAsync()"; do
    line="$(line_of "$marker")"
    expected+="PatrolService.cs:$line LEAI001"$'\n'"PatrolService.cs:$line LEAI002"$'\n'
done
expected="$(sort -u <<<"${expected%$'\n'}")"

echo
echo "== LEAI warnings (file:line rule)"
echo "${actual:-(none)}"
echo
if [[ "$actual" == "$expected" ]]; then
    pass "LEAI001 and LEAI002 on the three cross-project routes of PatrolService.cs, and nowhere else"
else
    fail "expected exactly:"$'\n'"$expected"
fi

for assembly in Contoso.Driver Contoso.Vision; do
    dll="$(find "$solution/$assembly/bin/Release" -name "$assembly.dll" | head -1)"
    if [[ -n "$dll" ]] && grep -qa "LawEnforcementAI.Flow" "$dll"; then
        pass "$assembly.dll carries its flow facts (AssemblyMetadata \"LawEnforcementAI.Flow\")"
    else
        fail "$assembly.dll has no LawEnforcementAI.Flow metadata"
    fi
done

if [[ $failures -ne 0 ]]; then
    echo "check-across-projects: $failures check(s) failed; full log in $log"
    exit 1
fi
echo "check-across-projects: OK"
