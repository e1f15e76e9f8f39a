import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource, shellOf } from './service-worker';

const build = (entry: string) =>
  new Map<string, string | Uint8Array>([
    ['index.html', '<html></html>'],
    ['assets/index-abc.js', entry],
    ['assets/index-abc.js.map', '{}'],
    ['_headers', '/*\n  X-A: 1\n'],
    ['favicon.svg', new TextEncoder().encode('<svg/>')],
  ]);

describe('the offline shell', () => {
  it('caches the files that run the app, not source maps or host config', () => {
    expect(shellOf(build('code')).shell).toEqual(['assets/index-abc.js', 'favicon.svg', 'index.html']);
  });

  it('gets a new version when any cached file changes, and the same version for the same build', () => {
    expect(shellOf(build('code')).version).toBe(shellOf(build('code')).version);
    expect(shellOf(build('code 2')).version).not.toBe(shellOf(build('code')).version);
  });

  it('writes a worker that compiles, names its version and lists the shell', () => {
    const source = serviceWorkerSource('v123', ['assets/a.js', 'index.html']);
    expect(() => new Script(source)).not.toThrow();
    expect(source).toContain('"v123"');
    expect(source).toContain('["./","assets/a.js","index.html"]');
  });
});
