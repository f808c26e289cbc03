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
    rolldownOptions: {
      output: {
        // The charts library is only reached from the lazy reports route: keep it in its own chunk so the
        // first screen (login + inbox) never downloads it. React and MUI change rarely: cache them apart.
        codeSplitting: {
          groups: [
            { name: 'charts', test: /node_modules[\\/](@mui[\\/]x-|d3-|internmap|flatqueue)/, priority: 3 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 2 },
            { name: 'mui', test: /node_modules[\\/](@mui[\\/](material|system|utils|styled-engine|private-theming|core-downloads-tracker)|@emotion|@popperjs|react-transition-group|stylis|clsx|prop-types|react-is)[\\/]/, priority: 1 },
          ],
        },
      },
    },
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
