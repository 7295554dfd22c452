#!/usr/bin/env bash
# Sets up and starts the whole thing with demo data: migrations, seed, then API, worker, back office
# and a local mail sink (MailDev: every e-mail the worker sends is read in its web page) together
# (Ctrl-C stops them all). Needs PostgreSQL and Redis on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL=${DATABASE_URL:-postgres://root@127.0.0.1:5432/recours}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
export PORT=${PORT:-3000}
ADMIN_PORT=${ADMIN_PORT:-5173}
MAILDEV_SMTP_PORT=${MAILDEV_SMTP_PORT:-1025}
MAILDEV_WEB_PORT=${MAILDEV_WEB_PORT:-1080}
# E-mails go to the local sink unless a real server is configured.
export SMTP_URL=${SMTP_URL:-smtp://127.0.0.1:${MAILDEV_SMTP_PORT}}
export PUBLIC_ADMIN_URL=${PUBLIC_ADMIN_URL:-http://localhost:${ADMIN_PORT}}
export ADMIN_ORIGIN=${ADMIN_ORIGIN:-http://localhost:${ADMIN_PORT}}

# The seed creates the database if missing and runs the migrations before loading the demo data.
node tools/run-ts.cjs apps/api/src/seed/seed.ts

cat <<MSG

  Recours démarre. Ouvrez http://localhost:${ADMIN_PORT}
  Intervenante : intervenante@demo.recours.fr / demo-recours-2026  (autres comptes : README)
  API : http://localhost:${PORT}/api  ·  OpenAPI : http://localhost:${PORT}/api/docs
  E-mails envoyés (MailDev) : http://localhost:${MAILDEV_WEB_PORT}

MSG
exec npx concurrently --kill-others --names api,worker,admin,mail --prefix-colors blue,magenta,green,yellow \
  "node tools/run-ts.cjs apps/api/src/main.ts" \
  "node tools/run-ts.cjs apps/worker/src/main.ts" \
  "npx vite --config apps/admin/vite.config.ts --port ${ADMIN_PORT} --strictPort" \
  "npx maildev --smtp ${MAILDEV_SMTP_PORT} --web ${MAILDEV_WEB_PORT} --ip 127.0.0.1 --silent"
