import { SaxesParser } from 'saxes';
import { LIMITS } from '../domain/limits';
import { LoadError } from '../document/load-error';

/** One element, matched by namespace URI + local name (Topology Builder mixes namespaces element by element). */
export interface XmlElement {
  ns: string;
  name: string;
  /** Attributes without a namespace, by local name (namespace declarations and prefixed attributes left out). */
  attrs: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** The element's own text, trimmed. */
  text: string;
  line: number;
}

/** More than any real topology holds (a 200-pool topology has ~60 000 elements with its port lists). */
const MAX_XML_ELEMENTS = 400_000;

/**
 * Parse XML text into a small element tree with saxes: strict (any well-formedness error stops it),
 * namespace-aware, and it never expands entities a document declares. A DOCTYPE is refused outright:
 * topology files have none, and refusing it is what makes an entity bomb cost nothing. Nesting deeper
 * than the JSON limit is refused as it is read, so nothing recursive ever walks a hostile tree.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  let failure: LoadError | undefined;
  const fail = (e: LoadError) => {
    failure ??= e;
    throw e;
  };
  parser.on('doctype', () => {
    fail(new LoadError('not-xml', `line ${parser.line}: the file declares a DOCTYPE; topology files have none, and the designer does not expand entities`));
  });
  parser.on('opentag', (tag) => {
    if (++count > MAX_XML_ELEMENTS) fail(new LoadError('too-many-elements', `the XML has more than ${MAX_XML_ELEMENTS} elements`));
    if (stack.length >= LIMITS.jsonDepth) {
      fail(new LoadError('too-deep', `line ${parser.line}: the XML is nested more than ${LIMITS.jsonDepth} levels deep`));
    }
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const a of Object.values(tag.attributes)) {
      if (typeof a === 'string') continue;
      if (a.uri === '' && a.prefix === '' && a.local !== 'xmlns') attrs[a.local] = a.value;
    }
    const el: XmlElement = { ns: tag.uri ?? '', name: tag.local ?? tag.name, attrs, children: [], text: '', line: parser.line };
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    const el = stack.pop();
    if (el) el.text = el.text.trim();
  });
  parser.on('error', (e) => {
    fail(new LoadError('not-xml', `this is not well-formed XML (${cleanSaxesMessage(e.message)})`));
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (failure) throw failure;
    throw new LoadError('not-xml', `this is not well-formed XML (${cleanSaxesMessage(e instanceof Error ? e.message : String(e))})`);
  }
  if (failure) throw failure;
  if (!root) throw new LoadError('not-xml', 'this is not an XML document (it has no root element)');
  return root;
}

/** saxes says "1:5: undefined entity"; we say "line 1, column 5: undefined entity". */
function cleanSaxesMessage(message: string): string {
  const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
  return m ? `line ${m[1]}, column ${m[2]}: ${m[3]}` : message;
}

/**
 * Children with this namespace and local name. An element in no namespace also matches: hand-written
 * templates sometimes leave the declarations out, and nothing else in a topology shares these names.
 */
export function childrenNamed(el: XmlElement | undefined, ns: string, name: string): XmlElement[] {
  return el ? el.children.filter((c) => (c.ns === ns || c.ns === '') && c.name === name) : [];
}

export function childNamed(el: XmlElement | undefined, ns: string, name: string): XmlElement | undefined {
  return el?.children.find((c) => (c.ns === ns || c.ns === '') && c.name === name);
}
