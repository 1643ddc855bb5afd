import { defineConfig, type Plugin } from 'vitest/config';
import { oembedFiles } from './src/embed/oembed.ts';

/** Emits one oEmbed JSON file per preset view into the build. */
function oembed(): Plugin {
  return {
    name: 'atlas-oembed',
    generateBundle() {
      for (const file of oembedFiles(process.env.ATLAS_PUBLIC_URL)) {
        this.emitFile({ type: 'asset', fileName: file.name, source: file.body });
      }
    },
  };
}

/** Vite builds a static app that can be hosted under any sub-path; Vitest runs pure unit tests. */
export default defineConfig({
  base: './',
  plugins: [oembed()],
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
