/**
 * zod as the browser app sees it: vite.config.ts resolves every `import … from 'zod'` of the app to this
 * module, so the setting below is made before any schema is built, in whichever chunk zod is first loaded
 * (zod is not in the first screen's bundle: it comes with the first file, autosave or link read).
 *
 * zod compiles object parsers with `new Function` unless told not to, and probing for that is itself a
 * violation of our Content-Security-Policy (no eval; see vite.config.ts), even though zod catches it. The
 * browser app therefore runs zod without the JIT. The CLI and the tests keep it.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
