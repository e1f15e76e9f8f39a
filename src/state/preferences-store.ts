/**
 * UI preferences, kept in local storage apart from the design. What storage holds is parsed with zod on the
 * way in (preferences-schema.ts): a broken or foreign value falls back to the defaults instead of breaking the
 * app. That parser is not in the first screen's bundle: the store starts on the defaults, and boot puts the
 * stored preferences in before the first render whenever storage holds any (app/boot.ts).
 */
import { create } from 'zustand';

export interface Preferences {
  snapToGrid: boolean;
  showMinimap: boolean;
  showProblems: boolean;
}

export const PREFERENCES_KEY = 'lync-designer:preferences';
export const DEFAULT_PREFERENCES: Preferences = { snapToGrid: true, showMinimap: true, showProblems: true };

export interface PreferencesState extends Preferences {
  setPreference: <K extends keyof Preferences>(key: K, value: Preferences[K]) => void;
}

export const usePreferencesStore = create<PreferencesState>()((set, get) => ({
  ...DEFAULT_PREFERENCES,
  setPreference: (key, value) => {
    set({ [key]: value } as Partial<Preferences>);
    const { snapToGrid, showMinimap, showProblems } = get();
    try {
      globalThis.localStorage?.setItem(PREFERENCES_KEY, JSON.stringify({ snapToGrid, showMinimap, showProblems }));
    } catch {
      // Preferences are a convenience: a full or blocked storage must not break editing.
    }
  },
}));
