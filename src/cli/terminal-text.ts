/**
 * What the CLI prints comes partly from the file it reads (names, formats, V8's JSON snippets). A control
 * character there could retitle or clear the terminal, a bidi override could reorder what the reader sees,
 * and a raw newline would split a one-line message. Every line goes out through terminalSafe.
 */

// C0 and C1 controls, DEL, the bidi marks, embeddings, overrides and isolates, and the Unicode line breaks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control and bidi character written as a visible \uXXXX escape (valid inside JSON strings too). */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Sinks that print each message on one line, escaped; a message made of several lines is split first, on purpose. */
export function safeIo(io: CliIo): CliIo {
  return { stdout: (t) => io.stdout(terminalSafe(t)), stderr: (t) => io.stderr(terminalSafe(t)) };
}

/** Print several lines, each escaped on its own. */
export function printLines(sink: (text: string) => void, lines: readonly string[]): void {
  for (const line of lines) sink(line);
}
