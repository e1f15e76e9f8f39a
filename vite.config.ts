/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { metaContentSecurityPolicy, siteHeaders } from './scripts/static-headers.ts';
import { serviceWorker } from './scripts/service-worker.ts';

/**
 * The headers of the built site come from one file, public/_headers (docs/hosting.md): `vite preview`
 * sends them, a static host reads the same file from dist/, and the built index.html carries the
 * Content-Security-Policy as a meta tag too (without frame-ancestors, which only a header can set), so a
 * host that sends no headers still gets the script policy. Scripts only from our own files (no inline
 * script, no eval), no plugins, no <base>, no form posts; styles need no 'unsafe-inline' (React sets
 * style attributes through the CSSOM, which CSP does not govern).
 */
const SITE_HEADERS = siteHeaders();
const CONTENT_SECURITY_POLICY = metaContentSecurityPolicy(SITE_HEADERS['Content-Security-Policy']);

/** Adds the policy to the built index.html only: the dev server injects inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  base: './',
  // The app's zod is configured for our CSP before first use (src/app/zod-browser.ts); the unit tests keep zod's defaults.
  resolve: { alias: process.env.VITEST ? [] : [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/app/zod-browser.ts', import.meta.url)) }] },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // Everything the first screen imports statically in one chunk (rolldown would otherwise split the modules it
      // shares with the chunks loaded on use into several small ones).
      output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } },
    },
  },
  preview: { port: 4173, strictPort: true, headers: SITE_HEADERS },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
