# Production image: builds the app and serves it with scripts/serve.ts (Next.js behind our own
# node:http server, which records each request's socket address for the sign-in throttle) against
# DATABASE_URL.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY lib/db/database-url.ts ./lib/db/database-url.ts
COPY scripts/build-styles.ts ./scripts/build-styles.ts
COPY styles ./styles
# npm install rather than npm ci: see scripts/ensure-installed.sh.
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app ./
EXPOSE 3000
# Migrations run on start, then the server; demo data is not loaded in production.
CMD ["sh", "-c", "node node_modules/prisma/build/index.js migrate deploy && exec node node_modules/tsx/dist/cli.mjs scripts/serve.ts --port 3000"]
