# syntax=docker/dockerfile:1
# Parley dashboard: the built SPA on nginx, proxying /api and /socket.io to the api service.
#   docker build -f docker/web.Dockerfile -t parley-web .

# Identical to the build stage of docker/Dockerfile, so a builder that made one image reuses its cached
# layers (npm ci, the full build) for the other instead of building again.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV CI=true SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
# The lockfile is npm 11's and Vite 8 does not install with the npm 10 that Node 20 images ship.
RUN npm install -g npm@11 --no-audit --no-fund && npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY docker/security-headers.conf /etc/nginx/snippets/parley-security-headers.conf
COPY --from=build /app/dist/web /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD wget -q -O /dev/null http://127.0.0.1/healthz || exit 1
