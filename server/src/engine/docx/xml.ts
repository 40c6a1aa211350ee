// XML parts -> a small element tree, with saxes (a strict, maintained, dependency-light SAX parser that
// runs in the browser too). Names are normalised to conventional prefixes by namespace URI, so `w:p`
// means the WordprocessingML paragraph whatever prefix the writer chose (and in Strict OOXML too).
// A DOCTYPE is refused: OOXML has none, and refusing it closes the door on entity expansion.

import { SaxesParser } from 'saxes';
import { msg } from '../l10n/localize';
import { WordError } from './zip';
import { detached } from '../text/detached';

export interface XmlElement {
  /** `prefix:local` with the conventional prefix for known namespaces (`w:p`, `a:latin`). */
  readonly name: string;
  /**
   * Attributes as a flat list of normalised name and value (`['w:val', '28']`; unprefixed ones by their local
   * name), read with `attr`: an element has a few, and a list costs far less than a map per element.
   */
  readonly attrs: readonly string[];
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

/**
 * What all the parts of one .docx may hold together (5 million empty paragraphs, 45 KB zipped,
 * took 3.5 GB). A long official document has a few tens of thousands of elements; each costs a few hundred
 * bytes in the tree, so the limit keeps a hostile file's tree within tens of megabytes.
 */
export interface XmlBudget {
  /** Elements left to build, over every part of the file. */
  elements: number;
}

export const MAX_ELEMENTS = 200_000;

export const newBudget = (): XmlBudget => ({ elements: MAX_ELEMENTS });

const NO_ATTRS: readonly string[] = [];
const NO_CHILDREN: XmlNode[] = [];

interface Building {
  name: string;
  attrs: readonly string[];
  children: XmlNode[];
}

/** Parses one XML part; a malformed part is a WordError naming it. */
export function parseXml(bytes: Uint8Array, partName: string, budget: XmlBudget = newBudget()): XmlElement {
  const text = decodePart(bytes, partName);
  // Namespaces are resolved here, not by saxes (its namespace mode costs a third of the parse): a scope
  // opens only at an element that declares one (in OOXML, the root), and names are qualified once per scope.
  const parser = new SaxesParser({ xmlns: false, position: false });
  const stack: Building[] = [{ name: '#document', attrs: NO_ATTRS, children: [] }];
  let scope: Scope = { uris: new Map([['xml', XML_NAMESPACE]]), names: new Map(), parent: undefined, depth: 0 };
  let failure: Error | undefined;
  // The first problem ends the parse (thrown out of write): a broken part is not worth reading further.
  const stop = (error: Error): never => {
    failure ??= error;
    throw error;
  };
  parser.on('doctype', () => stop(new Error('DOCTYPE is not allowed')));
  parser.on('error', (error) => stop(error));
  let tooLarge = false;
  parser.on('opentag', (tag) => {
    if (--budget.elements < 0) {
      tooLarge = true;
      stop(new Error(`more than ${MAX_ELEMENTS} elements`));
    }
    const attributes = tag.attributes as Record<string, string>;
    // Real parts nest a few dozen deep; the walkers recurse, so a hostile depth is refused here.
    if (stack.length > MAX_DEPTH) stop(new Error(`elements nested deeper than ${MAX_DEPTH}`));
    let declared: Map<string, string> | undefined;
    for (const key in attributes) {
      if (key === 'xmlns') (declared ??= new Map()).set('', attributes[key]);
      else if (key.startsWith('xmlns:')) (declared ??= new Map()).set(key.slice(6), attributes[key]);
    }
    if (declared) scope = { uris: declared, names: new Map(), parent: scope, depth: stack.length };
    let attrs: string[] | undefined;
    for (const key in attributes) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      // An attribute without a prefix is in no namespace (not the default one).
      (attrs ??= []).push(key.includes(':') ? qualified(scope, key, stop) : key, attributes[key]);
    }
    stack.push({ name: qualified(scope, tag.name, stop), attrs: attrs ?? NO_ATTRS, children: NO_CHILDREN });
  });
  // An element's children array is made at its first child: most elements (w:b, w:sz) have none.
  const add = (node: XmlNode) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.children === NO_CHILDREN) top.children = [node];
    else top.children.push(node);
  };
  parser.on('closetag', () => {
    if (scope.parent && scope.depth === stack.length - 1) scope = scope.parent;
    const done = stack.pop();
    if (done && stack.length) add(done);
  });
  parser.on('text', add);
  parser.on('cdata', add);
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (tooLarge) throw new WordError('too-large', msg('The file is too large: its parts hold more than {0} elements', MAX_ELEMENTS));
  const root = stack[0].children.find((node): node is XmlElement => typeof node !== 'string');
  if (failure || !root) throw new WordError('corrupt', msg('The part {0} is not well-formed XML ({1})', partName, failure?.message ?? 'empty'));
  return root;
}

/**
 * A part's text: UTF-16 when it starts with a BOM, else UTF-8, strictly. Invalid UTF-8 is reported (it
 * once silently became U+FFFD), naming the part and the byte.
 */
function decodePart(bytes: Uint8Array, partName: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new WordError('corrupt', msg('The part {0} is not valid UTF-8 (byte 0x{1} at offset {2})', partName, ...firstBadByte(bytes)));
  }
}

/** The first byte of an invalid UTF-8 sequence, in hex, and its offset (a plain scan; only run once decoding failed). */
function firstBadByte(bytes: Uint8Array): [string, number] {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (!ok) return [b.toString(16).padStart(2, '0'), i];
    i += length;
  }
  return ['00', bytes.length];
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Namespace declarations in force: the ones an element made, over its parent scope's. */
interface Scope {
  readonly uris: ReadonlyMap<string, string>;
  /** Raw names (`w:p`) already qualified in this scope. */
  readonly names: Map<string, string>;
  readonly parent: Scope | undefined;
  /** The stack depth of the element that opened the scope. */
  readonly depth: number;
}

/** A raw name (`w:p`; `p` in the default namespace) qualified in a scope; an undeclared prefix stops the parse. */
function qualified(scope: Scope, raw: string, stop: (error: Error) => never): string {
  const known = scope.names.get(raw);
  if (known !== undefined) return known;
  const colon = raw.indexOf(':');
  const prefix = colon < 0 ? '' : raw.slice(0, colon);
  let uri: string | undefined;
  for (let at: Scope | undefined = scope; at && uri === undefined; at = at.parent) uri = at.uris.get(prefix);
  if (uri === undefined && colon >= 0) stop(new Error(`unbound namespace prefix: "${prefix}"`));
  const name = qualify(uri, raw.slice(colon + 1));
  if (scope.names.size < 4096) scope.names.set(raw, name);
  return name;
}

/** Qualified names, made once each (a part repeats a few dozen names hundreds of thousands of times). */
const QUALIFIED = new Map<string, Map<string, string>>();

function qualify(uri: string | undefined, local: string): string {
  if (!uri) return local;
  let byLocal = QUALIFIED.get(uri);
  if (!byLocal) {
    if (QUALIFIED.size > 256) QUALIFIED.clear(); // a hostile part inventing namespaces gets no lasting cache
    byLocal = new Map();
    // Kept past this part: its own copies, not views into the part's text (text/detached.ts).
    QUALIFIED.set(detached(uri), byLocal);
  }
  let name = byLocal.get(local);
  if (name === undefined) {
    const prefix = PREFIXES[uri];
    name = detached(prefix ? `${prefix}:${local}` : `{${uri}}${local}`);
    if (byLocal.size < 4096) byLocal.set(detached(local), name);
  }
  return name;
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
  const attrs = element?.attrs;
  if (!attrs) return undefined;
  // From the end: of two attributes that name the same thing, the later one holds (as a map's set would).
  for (let i = attrs.length - 2; i >= 0; i -= 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
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
