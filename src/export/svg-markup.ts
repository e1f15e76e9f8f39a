/**
 * The few SVG building blocks the renderer needs, with escaping in one place: attribute values go through
 * escapeXmlAttribute and text through escapeXmlText, so no caller writes user data into markup by hand.
 */
import { escapeXmlAttribute, escapeXmlText } from './xml-text';

export type Attributes = Record<string, string | number | undefined>;

/** Numbers with at most two decimals, so output is stable and small. */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attributes(attrs: Attributes): string {
  let out = '';
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${key}="${escapeXmlAttribute(typeof value === 'number' ? num(value) : value)}"`;
  }
  return out;
}

/** An element; `children` is markup already built with these helpers. */
export function tag(name: string, attrs: Attributes, children?: string): string {
  return children === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${children}</${name}>`;
}

/** A <text> element whose content is user text, escaped. */
export function text(x: number, y: number, content: string, attrs: Attributes = {}): string {
  return tag('text', { x, y, ...attrs }, escapeXmlText(content));
}

/** A tooltip and accessible name for the enclosing group; holds the full, uncut text. */
export function title(content: string): string {
  return tag('title', {}, escapeXmlText(content));
}

/** A group, titled when given a title. */
export function group(titleText: string | undefined, children: string, attrs: Attributes = {}): string {
  return tag('g', attrs, `${titleText === undefined ? '' : title(titleText)}${children}`);
}
