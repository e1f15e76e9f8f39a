/**
 * Every keyboard shortcut the app has, in one list: the canvas's key handler (use-canvas-keyboard.ts) and the
 * toolbar's undo/redo ask `matchShortcut` which one a key press is, and the "?" dialog lists the same entries,
 * so what is shown cannot drift from what the keys do. Entries without `matches` are keys a control handles
 * itself (a focused palette tile takes Enter as any button does); they are listed so the help is complete.
 */

/** The parts of a KeyboardEvent a shortcut looks at (a plain object in tests). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export type ShortcutId =
  | 'delete'
  | 'undo'
  | 'redo'
  | 'select-all'
  | 'copy'
  | 'paste'
  | 'nudge'
  | 'nudge-fine'
  | 'deselect'
  | 'find'
  | 'link'
  | 'shortcuts'
  | 'add-to-selection'
  | 'palette-add'
  | 'find-choose'
  | 'menu-move'
  | 'panel-resize'
  | 'field-commit'
  | 'field-revert';

export interface Shortcut {
  id: ShortcutId;
  /** The keys as shown, one alternative each; "Mod" reads Ctrl (⌘ on a Mac). */
  keys: readonly string[];
  does: string;
  group: 'Canvas' | 'Anywhere' | 'Palette' | 'Find box' | 'Menus and panels' | 'Fields';
  matches?: (e: KeyPress) => boolean;
}

const mod = (e: KeyPress) => e.ctrlKey || e.metaKey;
const plain = (e: KeyPress) => !mod(e) && !e.altKey;
const key = (e: KeyPress) => (e.key.length === 1 ? e.key.toLowerCase() : e.key);
const ARROW_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'find', keys: ['Mod+F', '/'], does: 'Find an element by name or FQDN', group: 'Canvas', matches: (e) => (mod(e) && !e.altKey && key(e) === 'f') || (plain(e) && e.key === '/') },
  { id: 'shortcuts', keys: ['?'], does: 'Show these shortcuts', group: 'Canvas', matches: (e) => !mod(e) && !e.altKey && e.key === '?' },
  { id: 'add-to-selection', keys: ['Shift+click'], does: 'Add an element to the selection, or take a selected one out', group: 'Canvas' },
  { id: 'select-all', keys: ['Mod+A'], does: 'Select everything', group: 'Canvas', matches: (e) => mod(e) && !e.altKey && key(e) === 'a' },
  { id: 'deselect', keys: ['Escape'], does: 'Clear the selection (and close the link chooser)', group: 'Canvas', matches: (e) => e.key === 'Escape' },
  { id: 'link', keys: ['L'], does: 'Link the two selected elements: choose the kind', group: 'Canvas', matches: (e) => plain(e) && key(e) === 'l' },
  { id: 'nudge', keys: ['←', '→', '↑', '↓'], does: 'Move the selection 10 px', group: 'Canvas', matches: (e) => plain(e) && !e.shiftKey && ARROW_KEYS.has(e.key) },
  { id: 'nudge-fine', keys: ['Shift+←', 'Shift+→', 'Shift+↑', 'Shift+↓'], does: 'Move the selection 1 px', group: 'Canvas', matches: (e) => plain(e) && e.shiftKey && ARROW_KEYS.has(e.key) },
  { id: 'delete', keys: ['Delete', 'Backspace'], does: 'Delete the selection (asks first when it takes more with it)', group: 'Canvas', matches: (e) => e.key === 'Delete' || e.key === 'Backspace' },
  { id: 'copy', keys: ['Mod+C'], does: 'Copy the selected pools and servers', group: 'Canvas', matches: (e) => mod(e) && !e.altKey && key(e) === 'c' },
  { id: 'paste', keys: ['Mod+V'], does: 'Paste the copies into free space (a topology file or picture opens it instead)', group: 'Canvas' },
  { id: 'undo', keys: ['Mod+Z'], does: 'Undo', group: 'Anywhere', matches: (e) => mod(e) && !e.altKey && !e.shiftKey && key(e) === 'z' },
  { id: 'redo', keys: ['Mod+Y', 'Mod+Shift+Z'], does: 'Redo', group: 'Anywhere', matches: (e) => mod(e) && !e.altKey && (key(e) === 'y' || (e.shiftKey && key(e) === 'z')) },
  { id: 'palette-add', keys: ['Enter'], does: 'Add the focused palette item to the selected container', group: 'Palette' },
  { id: 'find-choose', keys: ['↑', '↓', 'Enter', 'Escape'], does: 'Move through the matches, show the chosen one, close', group: 'Find box' },
  { id: 'menu-move', keys: ['↑', '↓', 'Escape'], does: 'Move through the File menu or the link chooser; close a menu', group: 'Menus and panels' },
  { id: 'panel-resize', keys: ['←', '→', '↑', '↓'], does: 'On a focused panel divider: make the side panel or its parts larger or smaller', group: 'Menus and panels' },
  { id: 'field-commit', keys: ['Enter', 'Mod+Enter'], does: 'Keep what was typed in a field (Mod+Enter in a description); one undo step', group: 'Fields' },
  { id: 'field-revert', keys: ['Escape'], does: 'Put a field back as it was before typing', group: 'Fields' },
];

/** Which shortcut (with a key handler) this key press is, if any. Paste is the browser's paste event, not a key. */
export function matchShortcut(e: KeyPress): ShortcutId | undefined {
  return SHORTCUTS.find((s) => s.matches?.(e))?.id;
}

/** A key as shown to the user on this platform: "Mod" becomes ⌘ on a Mac and Ctrl elsewhere. */
export function keyLabel(keys: string, mac: boolean): string {
  return keys.replace(/^Mod\+/, mac ? '⌘' : 'Ctrl+');
}
