/**
 * Text measured without a font engine: the core (router, label placement, export) cannot measure fonts, so it
 * estimates, generously, so that text rarely overflows what it was given.
 */

/**
 * Estimated width of a text run in a sans-serif face. Pure code cannot measure fonts, so names are fitted
 * by this estimate (generous, so text rarely overflows) and cut with an ellipsis; the full name stays in
 * the element's <title>.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) units += ASCII_UNITS[code]!;
    else {
      units += code > 0x2e80 ? 1 : 0.54;
      // A surrogate pair is one character, measured once (as iterating by code point would).
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
    }
  }
  return units * fontSize * (bold ? 1.07 : 1);
}

/** Width in ems per ASCII character: a table, because geometry measures every name on every change. */
const ASCII_UNITS = (() => {
  const table = new Float64Array(128).fill(0.54);
  const set = (chars: string, units: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)] = units;
  };
  for (let c = 65; c <= 90; c++) table[c] = 0.66; // A-Z
  set('fjrtI()[]{} ', 0.34);
  set('mwMW@%', 0.9);
  set("il.,:;|!'`", 0.3);
  return table;
})();

/** The text, cut with an ellipsis where it would be wider than `max`. Linear in the text's length. */
export function fitText(text: string, max: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= max) return text;
  const room = max - textWidth('…', fontSize, bold);
  let out = '';
  let width = 0;
  for (const ch of text) {
    width += textWidth(ch, fontSize, bold);
    if (width > room) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}
