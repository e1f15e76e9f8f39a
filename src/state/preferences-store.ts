/**
 * UI preferences, kept in local storage apart from the design. Parsed with zod on the way in: a broken or
 * foreign value falls back to the defaults instead of breaking the app.
 */
import { z } from 'zod';
import { create } from 'zustand';
import { lazySchema } from '../domain/lazy-schema';

const preferencesSchema = lazySchema(() =>
  z.object({
    snapToGrid: z.boolean().catch(true),
    showMinimap: z.boolean().catch(true),
    showProblems: z.boolean().catch(true),
  }),
);
export type Preferences = z.infer<ReturnType<typeof preferencesSchema>>;

const KEY = 'lync-designer:preferences';
const DEFAULTS: Preferences = { snapToGrid: true, showMinimap: true, showProblems: true };

function readPreferences(): Preferences {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return DEFAULTS;
    const parsed = preferencesSchema().safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

export interface PreferencesState extends Preferences {
  setPreference: <K extends keyof Preferences>(key: K, value: Preferences[K]) => void;
}

export const usePreferencesStore = create<PreferencesState>()((set, get) => ({
  ...readPreferences(),
  setPreference: (key, value) => {
    set({ [key]: value } as Partial<Preferences>);
    const { snapToGrid, showMinimap, showProblems } = get();
    try {
      globalThis.localStorage?.setItem(KEY, JSON.stringify({ snapToGrid, showMinimap, showProblems }));
    } catch {
      // Preferences are a convenience: a full or blocked storage must not break editing.
    }
  },
}));
