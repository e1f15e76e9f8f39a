/**
 * Whether a file is topology XML, from its first bytes and its name, without loading the XML parser: the
 * browser uses this to decide whether to fetch the importer chunk at all. `.tbxml`/`.xml` names always go to
 * the importer (so a wrong XML file gets the importer's clear refusal); other names go there when the text
 * starts with `<` and names a Topology root or namespace.
 */
export function looksLikeTopologyXml(name: string, head: Uint8Array): boolean {
  if (/\.(tbxml|xml)$/i.test(name)) return true;
  const text = headText(head);
  return text.startsWith('<') && /<(?:[\w.-]+:)?(?:TopologyBuilder|Topology)[\s>/]|Microsoft\.Rtc\.Management\.Deploy/.test(text);
}

/** The text of the first bytes (UTF-16 by its BOM or zero bytes, else Latin-1 is enough for markup). */
function headText(head: Uint8Array): string {
  const bytes = head.subarray(0, 2048);
  let out = '';
  const le = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0);
  const be = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0x3c);
  if (le || be) {
    for (let i = bytes[0] === 0x3c || bytes[1] === 0x3c ? 0 : 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode(le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  } else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    for (let i = start; i < bytes.length; i++) out += String.fromCharCode(bytes[i]!);
  }
  return out.replace(/^\uFEFF/, '').trimStart();
}

/** Pasted text that is topology XML (the published document's text, or a .tbxml opened in an editor). */
export function isTopologyXmlText(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('<') && /urn:schema:Microsoft\.Rtc\.Management\.Deploy\.(?:Topology|TopologyBuilder)\.2008/.test(start.slice(0, 4096));
}
