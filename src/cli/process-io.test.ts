import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../document/serialize';
import { generateDesign } from '../domain/testing/generate-design';

/** The built command, as `lync-validate ... | head -1` runs it: the reader leaves after the first chunk. */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; stderr: string; firstChunk: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/cli.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let firstChunk = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', (d: Buffer) => {
      firstChunk = d.toString();
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, firstChunk }));
  });
}

describe('the command line in a pipe', () => {
  it('ends quietly with its own exit code when the reader closes the pipe early', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-pipe-'));
    const file = join(dir, 'big.json');
    // Enough findings that the output outgrows the pipe's buffer, so a write after the reader left fails.
    writeFileSync(file, serializeDesign(generateDesign({ seed: 2013, elements: 10_000 })));
    const lines = Array.from({ length: 40 }, () => file);
    const r = await runAndCloseEarly(['validate', ...lines]);
    expect(r.firstChunk.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|Error:/);
    expect(r.code).toBe(1); // the designs have errors: the exit code is the result, not a crash
  }, 60_000);
});
