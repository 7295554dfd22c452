import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { ADMIN_SECURITY_HEADERS } from './security-headers';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
// The API sets an httpOnly session cookie: the admin must be served from the same origin,
// so both the dev server and `vite preview` proxy /api to it.
const apiProxy = {
  '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
};

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@recours/domain': `${workspaceRoot}libs/domain/src/index.ts`,
    },
  },
  server: { port: 5173, strictPort: true, host: '127.0.0.1', proxy: apiProxy },
  // The built back office carries its Content-Security-Policy (the dev server's hot reload needs inline scripts).
  preview: { port: 4173, strictPort: true, host: '127.0.0.1', proxy: apiProxy, headers: ADMIN_SECURITY_HEADERS },
  build: {
    outDir: `${workspaceRoot}dist/apps/admin`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // The screens are loaded on demand (React.lazy). ra-core stays whole in one chunk: split between
        // the entry and the screens' chunks, its circular imports would cross chunks (Rollup warns that
        // their execution order may break).
        manualChunks(id) {
          return /node_modules\/ra-core\//.test(id) ? 'ra-core' : undefined;
        },
      },
    },
  },
});
