import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dashboard lives in web/ but the build is started from the repo root
// (`vite build --config web/vite.config.ts`), so every path is anchored here.
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    // In development the API runs separately; proxying keeps the session cookie same-origin.
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
