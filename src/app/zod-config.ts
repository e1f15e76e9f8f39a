/**
 * Imported first by main.tsx, before any schema is built. zod compiles object parsers with `new Function`
 * unless told not to, and probing for that is itself a violation of our Content-Security-Policy (no eval;
 * see vite.config.ts), even though zod catches it. The browser app therefore runs zod without the JIT.
 * The CLI and the tests keep it.
 */
import { z } from 'zod';

z.config({ jitless: true });
