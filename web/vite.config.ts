// Vite build for the dashboard page: `npm run build` writes web/dist/ (index.html plus
// hashed assets), which the host serves at `/` and embeds in release builds.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  server: {
    // `npm run dev` proxies the API and the socket to a host on :8000.
    proxy: {
      '/api': 'http://127.0.0.1:8000',
      '/ws': { target: 'ws://127.0.0.1:8000', ws: true },
    },
  },
});
