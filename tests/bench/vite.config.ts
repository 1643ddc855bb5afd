import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const peers = fileURLToPath(new URL('./peers/', import.meta.url));

/** Builds the benchmark's peer pages (MapLibre-only and Leaflet) into tests/bench/out/peers. */
export default defineConfig({
  root: peers,
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./out/peers/', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { maplibre: `${peers}maplibre.html`, leaflet: `${peers}leaflet.html` },
    },
  },
});
