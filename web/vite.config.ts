/**
 * The browser lab's build: a static site in web/dist (`vite build web`). The
 * simulation runs in a module Web Worker that bundles the library from ../src.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Relative paths, so the built lab works from any folder or sub-path (and from `mirrorlab lab`).
  base: './',
  resolve: {
    alias: {
      // Node-only modules reached through the library's figure code, never used in the browser.
      linkedom: here('./src/shims/linkedom.ts'),
      'node:module': here('./src/shims/node-module.ts'),
    },
  },
  worker: { format: 'es' },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The worker bundles the spiking engine with its WebAssembly kernels; that is expected to be large.
    chunkSizeWarningLimit: 1200,
  },
  // The dev server may read the library in ../src.
  server: { fs: { allow: [here('..')] } },
  logLevel: 'warn',
});
