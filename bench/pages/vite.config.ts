import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The baseline pages of bench/canvas.bench.ts, built apart from the app. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  define: { 'process.env.IS_PREACT': JSON.stringify('false') },
  build: {
    target: 'es2022',
    rollupOptions: { input: { reactflow: resolve(import.meta.dirname, 'reactflow.html'), excalidraw: resolve(import.meta.dirname, 'excalidraw.html') } },
  },
});
