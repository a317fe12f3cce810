import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { DEFAULT_GATEWAY_URL, gatewayProxy } from './scripts/gateway-proxy.mjs';

// `npm run dev -w @best/web`: the dev server with hot reload, `/graphql`, `/auth/*`, `/media/*`, `/feeds/*` and
// `/manuals/*` proxied to GATEWAY_URL
// (a running gateway, e.g. from `npm start`). Production serving is scripts/serve.mjs.
export default defineConfig({
  plugins: [react()],
  server: {
    host: process.env.WEB_HOST ?? '127.0.0.1',
    port: Number(process.env.WEB_DEV_PORT ?? 5174),
    strictPort: true,
    proxy: gatewayProxy(process.env.GATEWAY_URL ?? DEFAULT_GATEWAY_URL),
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
});
