import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';
import { bacaArticles } from './src/build/vite-plugin.ts';

const seedsDir = process.env.SEEDS_DIR ?? 'seeds';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), tailwindcss(), bacaArticles({ seedsDir })],
  build: {
    target: 'es2022',
    // Deterministic output: no timestamps or absolute paths in the bundle.
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
