# syntax=docker/dockerfile:1
# Production image of Recours, in stages (docker-compose.yml picks them):
#   build    installs every dependency and builds the API, the worker and the back office;
#   deps     production dependencies only (the built API and worker run with `npm ci --omit=dev`);
#   proxy    Caddy: terminates TLS, serves the built back office with its security headers, proxies /api;
#   app      (default) the API, the worker and the one-shot commands (migrations, create-admin),
#            NODE_ENV=production, run as the unprivileged `node` user on root-owned files.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false npx nx run-many -t build --projects=api,worker,admin --outputStyle=static

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM caddy:2 AS proxy
COPY deploy/Caddyfile /etc/caddy/Caddyfile
COPY --from=build /app/dist/apps/admin /srv/admin

FROM ${NODE_IMAGE} AS app
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api
COPY --from=build /app/dist/apps/worker ./dist/apps/worker
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
