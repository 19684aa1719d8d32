import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// One self-contained IIFE file, served by OpenVoC at /widget.js. ES2017 output so that older in-app
// browsers (WeChat, Alipay on older iOS/Android WebViews) run it too.
export default defineConfig({
  build: {
    target: 'es2017',
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    lib: { entry: path.join(here, 'src/openvoc-widget.ts'), name: 'OpenVoCWidget', formats: ['iife'], fileName: () => 'widget.js' },
  },
});
