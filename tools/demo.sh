#!/usr/bin/env bash
# Sets up and starts the whole thing with demo data: migrations, seed, then API, worker and
# back office together (Ctrl-C stops all three). Needs PostgreSQL and Redis on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL=${DATABASE_URL:-postgres://root@127.0.0.1:5432/recours}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
export PORT=${PORT:-3000}
ADMIN_PORT=${ADMIN_PORT:-5173}

# The seed creates the database if missing and runs the migrations before loading the demo data.
node tools/run-ts.cjs apps/api/src/seed/seed.ts

cat <<MSG

  Recours démarre. Ouvrez http://localhost:${ADMIN_PORT}
  Intervenante : intervenante@demo.recours.fr / demo-recours-2026  (autres comptes : README)
  API : http://localhost:${PORT}/api  ·  OpenAPI : http://localhost:${PORT}/api/docs

MSG
exec npx concurrently --kill-others --names api,worker,admin --prefix-colors blue,magenta,green \
  "node tools/run-ts.cjs apps/api/src/main.ts" \
  "node tools/run-ts.cjs apps/worker/src/main.ts" \
  "npx vite --config apps/admin/vite.config.ts --port ${ADMIN_PORT} --strictPort"
