import type { CliIo } from './terminal-text';

/**
 * The real process's output for a command. When the reader goes away (`lync-validate big.json | head`),
 * the next write fails with EPIPE; that is the reader's choice, not a crash, so the command ends quietly
 * with the exit code it had, as Unix tools do.
 */
export function processIo(): CliIo {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  return {
    stdout: (t) => process.stdout.write(`${t}\n`),
    stderr: (t) => process.stderr.write(`${t}\n`),
  };
}
