// XML parts -> a small element tree, with saxes (a strict, maintained, dependency-light SAX parser that
// runs in the browser too). Names are normalised to conventional prefixes by namespace URI, so `w:p`
// means the WordprocessingML paragraph whatever prefix the writer chose (and in Strict OOXML too).
// A DOCTYPE is refused: OOXML has none, and refusing it closes the door on entity expansion.

import { SaxesParser } from 'saxes';
import { msg } from '../l10n/localize';
import { WordError } from './zip';

export interface XmlElement {
  /** `prefix:local` with the conventional prefix for known namespaces (`w:p`, `a:latin`). */
  readonly name: string;
  /** Attributes by normalised name (`w:val`, `r:id`; unprefixed ones by their local name). */
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
};

const MAX_DEPTH = 200;

interface Building {
  name: string;
  attrs: Map<string, string>;
  children: XmlNode[];
}

/** Parses one XML part; a malformed part is a WordError naming it. */
export function parseXml(bytes: Uint8Array, partName: string): XmlElement {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: Building[] = [{ name: '#document', attrs: new Map(), children: [] }];
  let failure: Error | undefined;
  // The first problem ends the parse (thrown out of write): a broken part is not worth reading further.
  const stop = (error: Error): never => {
    failure ??= error;
    throw error;
  };
  parser.on('doctype', () => stop(new Error('DOCTYPE is not allowed')));
  parser.on('error', (error) => stop(error));
  parser.on('opentag', (tag) => {
    const attrs = new Map<string, string>();
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
      attrs.set(qualify(attr.uri, attr.local), attr.value);
    }
    // Real parts nest a few dozen deep; the walkers recurse, so a hostile depth is refused here.
    if (stack.length > MAX_DEPTH) stop(new Error(`elements nested deeper than ${MAX_DEPTH}`));
    stack.push({ name: qualify(tag.uri, tag.local), attrs, children: [] });
  });
  parser.on('closetag', () => {
    const done = stack.pop();
    if (done && stack.length) stack[stack.length - 1].children.push(done);
  });
  parser.on('text', (value) => { stack[stack.length - 1]?.children.push(value); });
  parser.on('cdata', (value) => { stack[stack.length - 1]?.children.push(value); });
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (error) {
    failure ??= error as Error;
  }
  const root = stack[0].children.find((node): node is XmlElement => typeof node !== 'string');
  if (failure || !root) throw new WordError('corrupt', msg('The part {0} is not well-formed XML ({1})', partName, failure?.message ?? 'empty'));
  return root;
}

function qualify(uri: string | undefined, local: string): string {
  if (!uri) return local;
  const prefix = PREFIXES[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

// Small tree helpers.

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const node of element.children) if (typeof node !== 'string' && node.name === name) return node;
  return undefined;
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((node): node is XmlElement => typeof node !== 'string' && node.name === name);
}

export function elements(element: XmlElement): XmlElement[] {
  return element.children.filter((node): node is XmlElement => typeof node !== 'string');
}

export function attr(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attrs.get(name);
}

/** The `w:val` of a child element (`<w:sz w:val="28"/>`). */
export function val(element: XmlElement | undefined, name: string): string | undefined {
  return attr(child(element, name), 'w:val');
}

export function textOf(element: XmlElement): string {
  return element.children.map((node) => (typeof node === 'string' ? node : textOf(node))).join('');
}

/** All descendants with a name, depth first. */
export function descendants(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const node of element.children) {
    if (typeof node === 'string') continue;
    if (node.name === name) out.push(node);
    descendants(node, name, out);
  }
  return out;
}
