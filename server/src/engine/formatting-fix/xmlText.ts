// An XML part as text with the offsets of its elements, for edits spliced into the text: the part is never
// re-serialised, so every byte the fix does not name stays as it was. A small linear scanner (no regular
// expressions): start tags with their attributes, end tags, comments, CDATA, processing instructions.
// Names are normalised to the conventional prefixes by the root's namespace declarations (`w:p` whatever
// prefix the writer chose); a part the scanner cannot follow is not edited.

export interface XmlAttribute {
  /** Normalised name (`w:val`), and as written (`w:val`, `ns0:val`). */
  readonly name: string;
  readonly rawName: string;
  readonly value: string;
  /** Offsets of the whole `name="value"` text, and of the value between the quotes. */
  readonly start: number;
  readonly end: number;
}

export interface ElementSpan {
  readonly name: string;
  /** The prefix the part uses for this element (`w` mostly), to write siblings the same way. */
  readonly rawName: string;
  readonly start: number;
  /** Offset just after the start tag's `>`. */
  readonly openEnd: number;
  /** Offset of `</`, or openEnd for an empty element written `<x/>`. */
  readonly closeStart: number;
  /** Offset just after the element. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly attrs: readonly XmlAttribute[];
  readonly children: ElementSpan[];
  readonly parent?: ElementSpan;
  /** Text directly inside a text element (w:t, w:delText, w:instrText, m:t), decoded; '' for others. */
  text: string;
}

const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
};

/** The elements whose text is kept (the text of runs, deletions, field codes, equations); others' is skipped. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText', 'm:t', 'w:delInstrText']);

export class XmlScanError extends Error {}

/** An element whose end tag is still to come: its span (filled at the end tag) and whether it keeps text. */
interface Open {
  readonly span: { -readonly [K in keyof ElementSpan]: ElementSpan[K] };
  readonly keepsText: boolean;
}

const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/**
 * The root element of a part, with every element's offsets. Throws XmlScanError on what it cannot follow.
 * One object per element and per attribute, names normalised once per distinct raw name: a 4 MB part is
 * about 200,000 elements, and what each allocates is most of the scan's time.
 */
export function scanXml(text: string): ElementSpan {
  let prefixes = new Map<string, string>();
  const names = new Map<string, string>();
  const attrNames = new Map<string, string>();
  const stack: Open[] = [];
  let root: ElementSpan | undefined;
  let at = 0;
  const n = text.length;
  const add = (span: ElementSpan) => {
    if (stack.length) stack[stack.length - 1].span.children.push(span);
    else root = span;
  };
  while (at < n) {
    const lt = text.indexOf('<', at);
    if (lt < 0) break;
    const top = stack.length ? stack[stack.length - 1] : undefined;
    if (lt > at && top?.keepsText) top.span.text += decode(text.slice(at, lt));
    const next = text.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) { at = after(text, '-->', lt + 4); continue; }
      if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        if (close < 0) throw new XmlScanError('unclosed CDATA');
        if (top?.keepsText) top.span.text += text.slice(lt + 9, close);
        at = close + 3;
        continue;
      }
      throw new XmlScanError('DOCTYPE is not allowed');
    }
    if (next === 0x3f /* ? */) { at = after(text, '?>', lt + 2); continue; }
    if (next === SLASH) {
      const gt = text.indexOf('>', lt);
      if (gt < 0) throw new XmlScanError('unclosed end tag');
      const open = stack.pop();
      if (!open || !closes(text, lt + 2, gt, open.span.rawName)) throw new XmlScanError(`mismatched end tag ${text.slice(lt + 2, gt).trim()}`);
      open.span.closeStart = lt;
      open.span.end = gt + 1;
      add(open.span);
      at = gt + 1;
      continue;
    }
    // A start tag: its name, then attributes up to `>` or `/>`, quotes respected.
    let i = lt + 1;
    for (let c = text.charCodeAt(i); i < n && !isSpace(c) && c !== GT && c !== SLASH; c = text.charCodeAt(++i));
    const rawName = text.slice(lt + 1, i);
    const attrs: XmlAttribute[] = [];
    let selfClosing = false;
    for (;;) {
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n) throw new XmlScanError('unclosed start tag');
      const c = text.charCodeAt(i);
      if (c === GT) { i++; break; }
      if (c === SLASH && text.charCodeAt(i + 1) === GT) { selfClosing = true; i += 2; break; }
      const nameStart = i;
      for (let d = c; i < n && d !== EQUALS && !isSpace(d) && d !== GT; d = text.charCodeAt(++i));
      const name = text.slice(nameStart, i);
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== EQUALS) throw new XmlScanError(`attribute ${name} without a value`);
      i++;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      const quote = text.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE) throw new XmlScanError(`attribute ${name} unquoted`);
      const close = text.indexOf(quote === QUOTE ? '"' : '\'', i + 1);
      if (close < 0) throw new XmlScanError('unclosed attribute value');
      attrs.push({ name, rawName: name, value: decode(text.slice(i + 1, close)), start: nameStart, end: close + 1 });
      i = close + 1;
    }
    if (stack.length === 0 && !root) {
      prefixes = new Map();
      for (const a of attrs) {
        if (a.name.startsWith('xmlns:') && NAMESPACES[a.value]) prefixes.set(a.name.slice(6), NAMESPACES[a.value]);
        if (a.name === 'xmlns' && NAMESPACES[a.value]) prefixes.set('', NAMESPACES[a.value]);
      }
      names.clear();
      attrNames.clear();
    }
    for (let k = 0; k < attrs.length; k++) {
      const raw = attrs[k].rawName;
      if (raw.startsWith('xmlns')) continue;
      let normalised = attrNames.get(raw);
      if (normalised === undefined) attrNames.set(raw, normalised = normaliseAttr(raw, prefixes));
      if (normalised !== raw) attrs[k] = { ...attrs[k], name: normalised };
    }
    let name = names.get(rawName);
    if (name === undefined) names.set(rawName, name = normalise(rawName, prefixes));
    const span: Open['span'] = {
      name, rawName, start: lt, openEnd: i, closeStart: selfClosing ? i : -1, end: selfClosing ? i : -1, selfClosing,
      attrs, children: [], parent: top?.span, text: '',
    };
    if (selfClosing) add(span);
    else stack.push({ span, keepsText: TEXT_ELEMENTS.has(name) });
    at = i;
  }
  if (stack.length || !root) throw new XmlScanError('the part ends inside an element');
  return root;
}

/** Whether the end tag's name (between `</` and `>`, spaces allowed after it) is the open element's. */
function closes(text: string, from: number, gt: number, rawName: string): boolean {
  if (!text.startsWith(rawName, from)) return false;
  for (let i = from + rawName.length; i < gt; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function after(text: string, close: string, from: number): number {
  const found = text.indexOf(close, from);
  if (found < 0) throw new XmlScanError(`unclosed ${close}`);
  return found + close.length;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function normalise(raw: string, prefixes: Map<string, string>): string {
  const colon = raw.indexOf(':');
  const prefix = colon < 0 ? '' : raw.slice(0, colon);
  const known = prefixes.get(prefix);
  const local = raw.slice(colon + 1);
  return known ? `${known}:${local}` : raw;
}

function normaliseAttr(raw: string, prefixes: Map<string, string>): string {
  const colon = raw.indexOf(':');
  if (colon < 0) return raw;
  const known = prefixes.get(raw.slice(0, colon));
  return known ? `${known}:${raw.slice(colon + 1)}` : raw;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' };

/** Entity and character references, for reading text and attribute values. */
export function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let at = 0;
  for (;;) {
    const amp = raw.indexOf('&', at);
    if (amp < 0) return out + raw.slice(at);
    const semi = raw.indexOf(';', amp);
    if (semi < 0) return out + raw.slice(at);
    out += raw.slice(at, amp);
    const name = raw.slice(amp + 1, semi);
    if (name.startsWith('#x')) out += String.fromCodePoint(Number.parseInt(name.slice(2), 16) || 0xfffd);
    else if (name.startsWith('#')) out += String.fromCodePoint(Number.parseInt(name.slice(1), 10) || 0xfffd);
    else out += ENTITIES[name] ?? `&${name};`;
    at = semi + 1;
  }
}

/** Text for an attribute value or element content. */
export function escapeXml(value: string): string {
  let out = '';
  for (const ch of value) out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : ch;
  return out;
}

export function childOf(element: ElementSpan | undefined, name: string): ElementSpan | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childrenOf(element: ElementSpan | undefined, name: string): ElementSpan[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

export function attrOf(element: ElementSpan | undefined, name: string): string | undefined {
  return element?.attrs.find((a) => a.name === name)?.value;
}

export function descendantsOf(element: ElementSpan, name: string, out: ElementSpan[] = []): ElementSpan[] {
  for (const c of element.children) {
    if (c.name === name) out.push(c);
    descendantsOf(c, name, out);
  }
  return out;
}

/** The prefix the element's raw name uses (`w` of `w:p`), for writing new siblings and children alike. */
export function prefixOf(element: ElementSpan): string {
  const colon = element.rawName.indexOf(':');
  return colon < 0 ? '' : element.rawName.slice(0, colon + 1);
}
