#!/usr/bin/env bash
# End-to-end check that 'dotnet format analyzers --diagnostics LEAI006' applies LEAI006's code fix from the command line,
# with the package packed into artifacts/packages (run samples/build-sample.sh first), on a copy of
# samples/SuppressionReview: the unjustified attribute gets a Justification argument, the pragma a reason comment, the
# justified attribute is left alone, the result compiles, and the stubs still raise LEAI006 (a fix never silences
# the audit by itself). Then the same for "Suppress with a justification" on every LEAI001/LEAI002 of a copy of
# samples/BodyCamUploader: it compiles, the warnings are gone, and each added stub raises LEAI006.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
stub="TODO: who reviewed this use, and why is it permitted?"

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() { local description="$1"; shift; if "$@" >/dev/null; then pass "$description"; else fail "$description"; fi; }

source tests/EndToEnd/consumer-copy.sh
copy_sample SuppressionReview
trap 'rm -rf "$copy"' EXIT
file="$copy_project/PlateReader.cs"
log="artifacts/logs/dotnet-format.log"

dotnet restore "$copy_project" -nologo >"$log" 2>&1
dotnet format analyzers "$copy_project" --diagnostics LEAI006 --severity warn --no-restore -v diag >>"$log" 2>&1 || true

echo "-- PlateReader.cs after dotnet format:"
grep -nE 'SuppressMessage|#pragma' "$file" | sed 's/^/    /'
check "the attribute without a reason got Justification = \"$stub\"" \
    grep -qF "\"LEAI001:Camera imagery sent to Azure OpenAI vision by or for US police\", Justification = \"$stub\")]" "$file"
check "the pragma got '// reason: $stub'" grep -qF "#pragma warning disable LEAI002 // reason: $stub" "$file"
check "the justified attribute is unchanged" grep -qF 'Justification = "Plate reading only, no faces; reviewed by J. Doe (SEC-1234).")]' "$file"

build_log="artifacts/logs/dotnet-format-build.log"
if dotnet build "$copy_project" -c Release --no-restore -nologo >"$build_log" 2>&1; then
    pass "the fixed copy compiles"
else
    fail "the fixed copy compiles (see $build_log)"
fi
# Each warning prints twice (inline and in the summary); two stubs means 2 distinct lines.
distinct="$(grep -oE 'PlateReader\.cs\([0-9]+,[0-9]+\): warning LEAI006' "$build_log" | sort -u | wc -l)"
check "the two stubs still raise LEAI006 (found $distinct)" test "$distinct" -eq 2

# ---- The sample: "Suppress with a justification" on every LEAI001/LEAI002 of samples/BodyCamUploader ------------------
rm -rf "$copy"
copy_sample BodyCamUploader
trap 'rm -rf "$copy"' EXIT
sample_log="artifacts/logs/dotnet-format-sample.log"
dotnet restore "$copy_project" -nologo >"$sample_log" 2>&1
dotnet format analyzers "$copy_project" --diagnostics LEAI001 LEAI002 --severity warn --no-restore >>"$sample_log" 2>&1 || true
added="$(cat "$copy_project"/*.cs | grep -cF "Justification = \"$stub\")]" || true)"
set +e
dotnet build "$copy_project" -c Release --no-restore -nologo >>"$sample_log" 2>&1
sample_status=$?
set -e
check "the sample got a suppression with the stub for each warned member and rule (found $added)" test "$added" -eq 5
check "the fixed sample compiles" test "$sample_status" -eq 0
check "the fixed sample has no LEAI001/LEAI002 warning left" bash -c "! grep -qE ': warning LEAI00[12]:' '$sample_log'"
stub_warnings="$(grep -oE '[A-Za-z]+\.cs\([0-9]+,[0-9]+\): warning LEAI006' "$sample_log" | sort -u | wc -l)"
check "each stub raises LEAI006 (found $stub_warnings)" test "$stub_warnings" -eq "$added"

if [[ $failures -ne 0 ]]; then
    echo "check-dotnet-format: $failures check(s) FAILED (log: $log)"
    exit 1
fi
echo "check-dotnet-format: all checks passed"
