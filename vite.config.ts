import { defineConfig } from 'vitest/config';

/** Vite builds a static app that can be hosted under any sub-path; Vitest runs pure unit tests. */
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'geodata/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
