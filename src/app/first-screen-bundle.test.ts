// What the first screen's bundle holds: every module main.tsx reaches through static imports. Code for
// what the user does later (pictures, share links, reports, the importers) is reached only through import(),
// so it is fetched and compiled on use, not before the canvas paints (docs/architecture.md, "Cold start").
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

/** Static imports and re-exports of a file (not `import type`, not import()). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)(?!\s+type\b)(?:[^'";]*?\sfrom)?\s*'([^']+)'/gm)) found.push(m[1]!);
  return found;
}

function resolveFile(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier.replace(/\?.*$/, ''));
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && !p.endsWith('/'));
}

/** Source files (relative to src/) and packages the entry reaches statically. */
function firstScreen(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    const name = relative(SRC, file);
    if (files.has(name)) continue;
    files.add(name);
    if (!/\.tsx?$/.test(file)) continue;
    for (const specifier of staticImports(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
        continue;
      }
      const target = resolveFile(file, specifier);
      if (target) todo.push(target);
    }
  }
  return { files, packages };
}

describe("the first screen's bundle", () => {
  const { files, packages } = firstScreen(join(SRC, 'app/main.tsx'));

  it('is found (the walk reaches the canvas, the store and boot)', () => {
    for (const f of ['app/App.tsx', 'canvas/DesignCanvas.tsx', 'state/design-store.ts', 'app/boot.ts']) expect(files).toContain(f);
    expect(packages).toContain('@xyflow/react');
  });

  it('leaves out the libraries only later steps need', () => {
    // exceljs: the report workbook; fflate: share links and PNG text chunks; saxes: Topology Builder XML;
    // zod: reading any document (a file, the autosave, a link, the stored preferences: app/boot.ts).
    for (const p of ['exceljs', 'fflate', 'saxes', 'zod']) expect(packages, p).not.toContain(p);
  });

  it('leaves out pictures, share links, the file reader, reports and the importers', () => {
    const lazy = [
      'export/svg-renderer.ts',
      'export/png-chunks.ts',
      'export/picture-payload.ts',
      'io/export-picture.ts',
      'io/rasterize.ts',
      'document/share-codec.ts',
      'io/open-share-link.ts',
      'document/json-schema.ts',
      'io/report-workbook.ts',
      'ui/reports/ReportsView.tsx',
      'topology-builder/index.ts',
      // The schemas and the load pipeline, the autosave record reader.
      'domain/schema/design.ts',
      'document/parse.ts',
      'io/autosave.ts',
      'io/autosave-record.ts',
      // The rules are loaded once the canvas has painted (state/findings.ts), with the side panels.
      'rules/engine.ts',
      'rules/all-rules.ts',
      'ui/problems/ProblemsPanel.tsx',
      'ui/inspector/Inspector.tsx',
    ];
    expect(lazy.filter((f) => files.has(f))).toEqual([]);
  });
});
