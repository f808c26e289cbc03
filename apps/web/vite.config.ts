/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: { '@parley/contracts': `${repoRoot}libs/contracts/src/index.ts` },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: false,
    // Code splitting comes from the lazy routes: the reports page (with the charts library) and the settings
    // pages are separate chunks that the first screen (login + inbox) never downloads. Manual vendor groups
    // were tried and dropped: with rolldown they reordered module initialisation across chunks.
    chunkSizeWarningLimit: 700,
  },
  test: {
    root: repoRoot,
    environment: 'jsdom',
    include: ['apps/web/src/**/*.test.tsx'],
    setupFiles: [`${webRoot}src/test/setup.ts`],
    globals: true,
    css: false,
  },
});
