import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, hasNonXmlChars, escapeXmlText, jsonAsXmlText, unescapeXmlText, xmlSafeText } from './xml-text';

describe('xml text', () => {
  it('escapes markup characters in text and attributes', () => {
    expect(escapeXmlText('<a href="x">&</a>')).toBe('&lt;a href="x"&gt;&amp;&lt;/a&gt;');
    expect(escapeXmlAttribute(`" onload='x'\n`)).toBe('&quot; onload=&apos;x&apos;&#10;');
  });

  it('replaces characters XML cannot hold and keeps everything else', () => {
    expect(xmlSafeText('a\u0000b\u001fc\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(xmlSafeText('tab\tnl\n 🔥 é 名')).toBe('tab\tnl\n 🔥 é 名');
  });

  it('carries JSON through XML text unchanged, even with characters XML cannot hold', () => {
    const value = { name: 'x\uFFFE\uFFFF</metadata>&amp;]]>', other: 'ok \u0001' };
    const xml = jsonAsXmlText(JSON.stringify(value));
    expect(hasNonXmlChars(xml)).toBe(false);
    expect(xml).not.toContain('<');
    expect(JSON.parse(unescapeXmlText(xml))).toEqual(value);
  });

  it('reads numeric references and CDATA sections back', () => {
    expect(unescapeXmlText('a&#60;b&#x3E;&unknown;<![CDATA[<raw> & ]]>z')).toBe('a<b>&unknown;<raw> & z');
  });
});
