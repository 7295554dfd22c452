# One image for the API, the worker and the back office (docker-compose.yml picks the command).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build --projects=api,worker,admin --outputStyle=static
ENV NODE_ENV=development
EXPOSE 3000 5173
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
