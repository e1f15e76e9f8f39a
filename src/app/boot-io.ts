/**
 * What boot needs that reads local storage through zod: the autosave (its record reader and the load
 * pipeline) and the stored preferences. One chunk loaded on use (app/boot.ts): before the first render when
 * storage holds something to read, else after the first screen.
 */
export { forceSave, readAutosave, startAutosave } from '../io/autosave';
export { parsePreferences } from '../state/preferences-schema';
