#!/usr/bin/env bash
# The whole test suite, as CI runs it: lint, type-check, build, migrations on an empty database
# checked against the entities, unit tests, integration tests (real PostgreSQL and Redis), and the
# back-office journeys in Chromium. Needs PostgreSQL and Redis on 127.0.0.1 (see README).
# With arguments, runs only those phases: lint typecheck build migrations unit int e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NX_SKIP_NX_CACHE=${NX_SKIP_NX_CACHE:-true}
export DATABASE_URL=${DATABASE_URL:-postgres://root@127.0.0.1:5432/recours_ci}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
started=$SECONDS
phases=${*:-lint typecheck build migrations unit int e2e}
want() { [[ " $phases " == *" $1 "* ]]; }
step() { printf '\n==> %s (%ss)\n' "$*" "$((SECONDS - started))"; }
run_jest() { # name config [jest args...]
  local name=$1 config=$2; shift 2
  npx jest -c "$config" --ci --json --outputFile="$results/$name.json" "$@"
}

if want lint; then
  step "Lint"
  npx eslint . --max-warnings=0
fi

if want typecheck; then
  step "Type-check"
  npx nx run-many -t typecheck --parallel=2 --outputStyle=static
fi

if want build; then
  step "Build (API, worker, back office)"
  npx nx run-many -t build --parallel=2 --outputStyle=static
fi

if want migrations; then
  step "Migrations on an empty database, checked against the entities"
  node tools/run-ts.cjs apps/api/src/cli/db.ts check
fi

if want unit; then
  step "Unit tests"
  for config in libs/*/jest.config.js apps/*/jest.config.js; do
    case "$config" in apps/admin-e2e/*) continue ;; esac
    run_jest "unit-$(basename "$(dirname "$config")")" "$config"
  done
fi

if want int; then
  step "Integration tests (PostgreSQL, Redis)"
  for config in apps/*/jest.int.config.js; do
    run_jest "int-$(basename "$(dirname "$config")")" "$config"
  done
fi

if want e2e; then
  step "End-to-end tests (back office in Chromium, needs the build)"
  run_jest e2e apps/admin-e2e/jest.config.js --runInBand
fi

step "Summary"
node -e '
const fs = require("fs"), path = require("path");
let passed = 0, failed = 0, skipped = 0;
for (const f of fs.readdirSync(process.argv[1])) {
  const r = JSON.parse(fs.readFileSync(path.join(process.argv[1], f), "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests;
  console.log(`  ${f.replace(/\.json$/, "").padEnd(20)} ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
console.log(`tests: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
process.exit(failed ? 1 : 0);
' "$results"
