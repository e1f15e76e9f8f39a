/** The stored preferences, parsed with zod: each field that is missing or not a boolean takes its default. */
import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences-store';

const preferencesSchema = lazySchema(() =>
  z.object({
    snapToGrid: z.boolean().catch(DEFAULT_PREFERENCES.snapToGrid),
    showMinimap: z.boolean().catch(DEFAULT_PREFERENCES.showMinimap),
    showProblems: z.boolean().catch(DEFAULT_PREFERENCES.showProblems),
  }),
);

/** The preferences in a stored value (null: nothing stored); the defaults for anything that does not parse. */
export function parsePreferences(raw: string | null): Preferences {
  if (!raw) return DEFAULT_PREFERENCES;
  try {
    const parsed = preferencesSchema().safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}
