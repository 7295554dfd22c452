#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, type-check, build, migrations on an empty database
# checked against the entities, unit tests, integration tests (real PostgreSQL and Redis), and the
# back-office journeys in Chromium. Needs PostgreSQL and Redis on 127.0.0.1 (see README).
# With arguments, runs only those phases: lint typecheck build migrations unit int e2e.
#
# Every phase runs even when an earlier one failed, so one failure never hides the state of the
# others. Each phase prints its result and time; the run ends with a summary per phase and per jest
# project, then `tests: N passed, N failed`, where the jest tests are counted one by one and the
# other phases (lint, typecheck, build, migrations) as one check each. Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
# The cache is off for this run: the test command answers for the tree as it is (tools/nx-cache.spec.ts
# checks that the cache is invalidated by a library change; NX_SKIP_NX_CACHE=false uses it).
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NX_SKIP_NX_CACHE=${NX_SKIP_NX_CACHE:-true}
export DATABASE_URL=${DATABASE_URL:-postgres://root@127.0.0.1:5432/recours_ci}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
trap 'printf "\nInterrupted.\n"; exit 130' INT TERM
started=$SECONDS
all_phases=(lint typecheck build migrations unit int e2e)
if [ $# -gt 0 ]; then phases=("$@"); else phases=("${all_phases[@]}"); fi
for phase in "${phases[@]}"; do
  [[ " ${all_phases[*]} " == *" $phase "* ]] || { echo "Unknown phase '$phase' (phases: ${all_phases[*]})" >&2; exit 2; }
done

duration() { local s=$1; if [ "$s" -ge 60 ]; then printf '%dm%02ds' $((s / 60)) $((s % 60)); else printf '%ds' "$s"; fi; }

run_jest() { # name config [jest args...]: a failing project does not stop the next one
  local name=$1 config=$2 status=0; shift 2
  npx jest -c "$config" --ci --json --outputFile="$results/$name.json" "$@" || status=$?
  echo "$status" >"$results/$name.rc"
  return "$status"
}

phase_lint() { npx eslint . --max-warnings=0; }

phase_typecheck() {
  local status=0
  npx nx run-many -t typecheck --parallel=2 --outputStyle=static || status=1
  # tools/, bench/ and migrations/ belong to no Nx project: the root tsconfig checks them.
  npx tsc -p tsconfig.json --noEmit || status=1
  return "$status"
}

phase_build() { npx nx run-many -t build --parallel=2 --outputStyle=static; }

phase_migrations() { node tools/run-ts.cjs apps/api/src/cli/db.ts check; }

phase_unit() {
  local status=0 config
  for config in libs/*/jest.config.js apps/*/jest.config.js tools/jest.config.js; do
    case "$config" in apps/admin-e2e/*) continue ;; esac
    run_jest "unit-$(basename "$(dirname "$config")")" "$config" || status=1
  done
  return "$status"
}

phase_int() {
  local status=0 config
  for config in apps/*/jest.int.config.js; do
    run_jest "int-$(basename "$(dirname "$config")")" "$config" || status=1
  done
  return "$status"
}

phase_e2e() { run_jest e2e apps/admin-e2e/jest.config.js --runInBand; }

declare -A title=(
  [lint]='Lint'
  [typecheck]='Type-check'
  [build]='Build (API, worker, back office)'
  [migrations]='Migrations on an empty database, checked against the entities'
  [unit]='Unit tests'
  [int]='Integration tests (PostgreSQL, Redis)'
  [e2e]='End-to-end tests (back office in Chromium, needs the build)'
)

for phase in "${all_phases[@]}"; do # always in this order, whatever the order of the arguments
  [[ " ${phases[*]} " == *" $phase "* ]] || continue
  printf '\n==> %s (at %s)\n' "${title[$phase]}" "$(duration $((SECONDS - started)))"
  phase_start=$SECONDS
  status=0
  "phase_$phase" || status=$?
  took=$((SECONDS - phase_start))
  if [ "$status" -eq 0 ]; then result=passed; else result=FAILED; fi
  printf '<== %s: %s in %s\n' "$phase" "$result" "$(duration "$took")"
  printf '%s\t%s\t%s\n' "$phase" "$result" "$(duration "$took")" >>"$results/phases.tsv"
done

printf '\n==> Summary (%s)\n' "$(duration $((SECONDS - started)))"
node -e '
const fs = require("fs"), path = require("path");
const dir = process.argv[1];
const jestPhases = new Set(["unit", "int", "e2e"]);
let passed = 0, failed = 0, skipped = 0;
const failedPhases = [];
for (const line of fs.readFileSync(path.join(dir, "phases.tsv"), "utf8").trim().split("\n")) {
  const [phase, result, took] = line.split("\t");
  console.log(`  ${phase.padEnd(12)} ${result.padEnd(7)} ${took}`);
  if (result !== "passed") failedPhases.push(phase);
  if (!jestPhases.has(phase)) result === "passed" ? passed++ : failed++;
}
const runs = fs.readdirSync(dir).filter((f) => f.endsWith(".rc")).map((f) => f.slice(0, -3)).sort();
for (const name of runs) {
  const exitCode = Number(fs.readFileSync(path.join(dir, `${name}.rc`), "utf8"));
  let r = null;
  try { r = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8")); } catch {}
  if (!r) {
    failed++;
    console.log(`  ${name.padEnd(20)} no report: jest exited with code ${exitCode}`);
    continue;
  }
  // A suite that cannot run (syntax error, missing module, failing hook) has no failing test of its own.
  const brokenSuites = r.testResults.filter((t) => t.status === "failed" && t.assertionResults.every((a) => a.status !== "failed")).length;
  const runFailures = r.numFailedTests + brokenSuites + (exitCode !== 0 && r.numFailedTests + brokenSuites === 0 ? 1 : 0);
  passed += r.numPassedTests; failed += runFailures; skipped += r.numPendingTests + r.numTodoTests;
  const notes = [brokenSuites ? `${brokenSuites} suite(s) could not run` : "", r.numPendingTests + r.numTodoTests ? `${r.numPendingTests + r.numTodoTests} skipped` : ""].filter(Boolean);
  console.log(`  ${name.padEnd(20)} ${r.numPassedTests} passed, ${runFailures} failed${notes.length ? ` (${notes.join(", ")})` : ""}`);
}
if (failedPhases.length) console.log(`failed phases: ${failedPhases.join(" ")}`);
console.log(`tests: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
process.exit(failed || failedPhases.length ? 1 : 0);
' "$results"
