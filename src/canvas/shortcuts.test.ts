import { describe, expect, it } from 'vitest';
import { keyLabel, matchShortcut, SHORTCUTS, type KeyPress } from './shortcuts';

const ARROWS: Record<string, string> = { '←': 'ArrowLeft', '→': 'ArrowRight', '↑': 'ArrowUp', '↓': 'ArrowDown' };

/** The key press a shown key stands for ("Mod+Shift+Z", "Shift+←", "?", "L"). */
function press(shown: string, ctrl = true): KeyPress {
  const parts = shown.split('+');
  const last = parts.pop()!;
  const mod = parts.includes('Mod');
  const shift = parts.includes('Shift') || last === '?';
  const key = ARROWS[last] ?? (last.length === 1 ? (shift ? last.toUpperCase() : last.toLowerCase()) : last);
  return { key, ctrlKey: mod && ctrl, metaKey: mod && !ctrl, shiftKey: shift, altKey: false };
}

describe('the one list of shortcuts', () => {
  it('each key shown in the help is the key its handler answers to, with Ctrl and with ⌘', () => {
    for (const s of SHORTCUTS.filter((x) => x.matches)) {
      for (const k of s.keys) {
        expect(matchShortcut(press(k)), `${k} (Ctrl)`).toBe(s.id);
        expect(matchShortcut(press(k, false)), `${k} (⌘)`).toBe(s.id);
      }
    }
  });

  it('near misses are no shortcut: typed letters, Alt combinations, paste (the browser event)', () => {
    expect(matchShortcut({ key: 'k', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false })).toBeUndefined();
    expect(matchShortcut({ key: 'l', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false })).toBeUndefined();
    expect(matchShortcut({ key: 'f', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false })).toBeUndefined();
    expect(matchShortcut({ key: 'ArrowLeft', ctrlKey: false, metaKey: false, shiftKey: false, altKey: true })).toBeUndefined();
    expect(matchShortcut(press('Mod+V'))).toBeUndefined();
  });

  it('arrows move by 10 px, with Shift by 1 px: two entries, never confused', () => {
    expect(matchShortcut(press('←'))).toBe('nudge');
    expect(matchShortcut(press('Shift+←'))).toBe('nudge-fine');
  });

  it('ids are unique and Mod reads as the platform writes it', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    expect(keyLabel('Mod+Shift+Z', true)).toBe('⌘Shift+Z');
    expect(keyLabel('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
  });
});
