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
  for (const ch of text) {
    if ('il.,:;|!\'`'.includes(ch)) units += 0.3;
    else if ('fjrtI()[]{} '.includes(ch)) units += 0.34;
    else if ('mwMW@%'.includes(ch)) units += 0.9;
    else if (ch >= 'A' && ch <= 'Z') units += 0.66;
    else if (ch.charCodeAt(0) > 0x2e80) units += 1;
    else units += 0.54;
  }
  return units * fontSize * (bold ? 1.07 : 1);
}

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
