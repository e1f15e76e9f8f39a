// `npm run validate|export|import|report` go through here: rebuild dist-cli/ when a source under src/ is
// newer than it (a developer's edit must never run stale code), then run the built command in this process.
import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const [command, ...rest] = process.argv.slice(2);
const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'dist-cli', `${command}.mjs`);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtTime() {
  try {
    return statSync(built).mtimeMs;
  } catch {
    return -1;
  }
}

if (builtTime() < newestSource(join(root, 'src'))) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(2);
}
process.argv = [process.argv[0], built, ...rest];
await import(pathToFileURL(built).href);
