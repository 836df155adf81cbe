/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` proxies /api to a running `debt-os serve` (DEBT_OS_API, default http://127.0.0.1:3001), so the
// dashboard and the API share an origin exactly as they do when served by the runtime or by CloudFront.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // the pages and their charts are one bundle; warn only when a chunk would break the initial budget
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/api': process.env.DEBT_OS_API ?? 'http://127.0.0.1:3001' },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
