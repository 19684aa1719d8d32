import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// One self-contained IIFE file, served by OpenVoC at /widget.js.
export default defineConfig({
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    lib: { entry: path.join(here, 'src/openvoc-widget.ts'), name: 'OpenVoCWidget', formats: ['iife'], fileName: () => 'widget.js' },
  },
});
