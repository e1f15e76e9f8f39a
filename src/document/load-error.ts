/** Why a document did not load. `message` is one plain line naming the first problem and where it is. */
export type LoadErrorCode =
  | 'too-large'
  | 'not-json'
  /** A Topology Builder / topology XML file that is not well-formed XML. */
  | 'not-xml'
  | 'too-deep'
  | 'wrong-format'
  | 'newer-version'
  | 'unknown-version'
  | 'invalid'
  | 'too-many-elements'
  | 'duplicate-id'
  | 'dangling-reference'
  /** A share link or stored copy whose bytes do not check out (cut short, changed, or not ours). */
  | 'corrupt';

export class LoadError extends Error {
  readonly code: LoadErrorCode;
  /** Where the problem is, e.g. `pools[3].siteId`; empty for the document as a whole. */
  readonly path: string;

  constructor(code: LoadErrorCode, message: string, path = '') {
    super(path ? `${path}: ${message}` : message);
    this.name = 'LoadError';
    this.code = code;
    this.path = path;
  }
}

/**
 * `notes`: what the user should know about a document that did load, in plain words (e.g. a picture that
 * carries two designs, of which the first was opened).
 */
export type LoadResult<T> = { ok: true; value: T; notes?: string[] } | { ok: false; error: LoadError };
