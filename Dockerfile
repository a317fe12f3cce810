# One image for every service of the platform; docker-compose.yml picks the command per service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1
COPY --from=build /app /app
# The stories subgraph keeps media here (a volume in docker-compose.yml) unless S3_BUCKET is set, and
# needs ffmpeg to take video and audio (it removes their metadata: the place a phone filmed, the device).
# The gateway prints manuals to PDF with Debian's Chromium (CHROMIUM_PATH, /usr/bin/chromium) and its fonts.
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg chromium fonts-liberation fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/* \
  && mkdir -p /var/lib/best/media && chown node:node /var/lib/best/media
USER node
CMD ["node", "gateway/dist/index.js"]
