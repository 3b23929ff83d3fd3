# Container image following Next's standalone pattern. Docker cannot run on the project's own machines,
# so this file is not built in CI; `npm test` exercises the same standalone layout's pieces instead.
#   docker build -t hostingco .                      # the app
#   docker build --target migrate -t hostingco-migrate .   # run once per deploy, before the new version

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Applies pending migrations under Prisma's advisory lock, then seeds (idempotent, under its own lock).
FROM build AS migrate
ENV NODE_ENV=production
CMD ["sh", "-c", "node scripts/db-migrate.ts && node scripts/db-seed.ts"]

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production PORT=3003 HOST=0.0.0.0
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
# server.ts (peer address, graceful shutdown) and the two small modules it imports.
COPY --from=build /app/server.ts ./
COPY --from=build /app/lib/config.ts ./lib/config.ts
COPY --from=build /app/lib/http/client-ip.ts ./lib/http/client-ip.ts
# The invoice PDF's font is read at run time, so file tracing does not see it.
COPY --from=build /app/node_modules/dejavu-fonts-ttf/ttf ./node_modules/dejavu-fonts-ttf/ttf
USER node
EXPOSE 3003
CMD ["node", "server.ts"]
