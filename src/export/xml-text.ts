/**
 * Text that goes into XML. Names in a design are user data: they are written as character data, never as
 * markup, and characters XML 1.0 cannot hold at all (C0 controls, lone surrogates, U+FFFE/U+FFFF) are
 * replaced, so a hostile name can neither inject markup nor make the file fail to parse.
 */

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML cannot hold replaced by U+FFFD (the replacement character). */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}

/** Whether the text holds a character XML 1.0 cannot hold (a file with one is not well-formed). */
export function hasNonXmlChars(text: string): boolean {
  return new RegExp(NOT_XML_CHAR.source).test(text);
}

/** Character data for an element's content; CR as a reference, since parsers turn a raw CR into LF. */
export function escapeXmlText(text: string): string {
  return xmlSafeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** A quoted attribute value; line breaks and tabs as references so attribute normalisation keeps them. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/**
 * JSON text made safe for XML character data without changing what it parses to: characters XML cannot
 * hold are written as JSON \u escapes (they can only occur inside JSON strings), then XML-escaped.
 */
export function jsonAsXmlText(json: string): string {
  const safe = json.replace(NOT_XML_CHAR, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escapeXmlText(safe);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Undo XML escaping in character data: the five named entities, numeric references and CDATA sections.
 * Used to read the design back out of an SVG's metadata without a DOM (the core runs in Node too).
 */
export function unescapeXmlText(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const cdata = text.indexOf('<![CDATA[', i);
    const end = cdata === -1 ? text.length : cdata;
    out += decodeReferences(text.slice(i, end));
    if (cdata === -1) break;
    const close = text.indexOf(']]>', cdata + 9);
    const stop = close === -1 ? text.length : close;
    out += text.slice(cdata + 9, stop);
    i = close === -1 ? text.length : close + 3;
  }
  return out;
}

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
