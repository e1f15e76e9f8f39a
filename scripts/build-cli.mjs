// Builds the command-line tools into plain Node ESM (dist-cli/), so a run pays neither npm's nor tsx's
// start-up. One bundle per entry; the native rasteriser stays external. Adding a command = one line below.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';

const entries = ['validate', 'export', 'import', 'report'];

// Vite's `?raw` import (file text as a string), which the core uses for the shipped samples.
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, async (args) => {
      const r = await b.resolve(args.path.slice(0, -4), { kind: args.kind, resolveDir: args.resolveDir });
      return { path: r.path, namespace: 'raw-text' };
    });
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

// zod's root export carries every message locale (~300 kB of the 650 kB validate bundle) as a namespace
// esbuild cannot prune. The CLI uses only English, which zod configures itself from `locales/en.js`, so the
// locale table is replaced by an empty module: less code to compile on every run.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-english-only' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

const { existsSync } = await import('node:fs');
const present = entries.filter((name) => existsSync(`src/cli/${name}.ts`));

await build({
  entryPoints: Object.fromEntries(present.map((name) => [name, `src/cli/${name}.ts`])),
  outdir: 'dist-cli',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  external: ['@resvg/resvg-js'],
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [rawText, zodEnglishOnly],
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
});

// The bundles double as the package's `bin` entries.
const { chmodSync } = await import('node:fs');
for (const name of present) chmodSync(`dist-cli/${name}.mjs`, 0o755);
