// Edits of formatting properties, gathered per property container (a run's w:rPr, a paragraph's w:pPr, a
// section's w:sectPr, a style's) and turned into splices of the part's text at the end, so two fixes of one
// container never overlap. An existing property element keeps its other attributes and its place; a new
// one goes where the schema's sequence puts it (Word refuses children out of order); a missing container
// is written whole, in order.

import { escapeXml, prefixOf, type ElementSpan } from './xmlText';

export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Attribute values to set (a string) or remove (null), by local name without prefix (`val`, `firstLine`). */
export type AttributeChanges = Readonly<Record<string, string | null>>;

const RPR = ['ins', 'del', 'moveFrom', 'moveTo', 'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline', 'shadow', 'emboss', 'imprint', 'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u', 'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath', 'rPrChange'];
const PPR = ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr', 'suppressLineNumbers', 'pBdr', 'shd', 'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange'];
const SECTPR = ['headerReference', 'footerReference', 'footnotePr', 'endnotePr', 'type', 'pgSz', 'pgMar', 'paperSrc', 'pgBorders', 'lnNumType', 'pgNumType', 'cols', 'formProt', 'vAlign', 'noEndnote', 'titlePg', 'textDirection', 'bidi', 'rtlGutter', 'docGrid', 'printerSettings', 'sectPrChange'];
const STYLE = ['name', 'aliases', 'basedOn', 'next', 'link', 'autoRedefine', 'hidden', 'uiPriority', 'semiHidden', 'unhideWhenUsed', 'qFormat', 'locked', 'personal', 'personalCompose', 'personalReply', 'rsid', 'pPr', 'rPr', 'tblPr', 'trPr', 'tcPr', 'tblStylePr'];
/** The children of a property that holds elements (a paragraph's borders), in the schema's order. */
const NESTED: Record<string, readonly string[]> = { pBdr: ['top', 'left', 'bottom', 'right', 'between', 'bar'] };
/** Where a container sits in its owner: first (a run's rPr, a paragraph's pPr) or by the owner's sequence. */
const OWNER_ORDER: Record<string, readonly string[]> = { 'w:style': STYLE };
const ORDER: Record<string, readonly string[]> = { rPr: RPR, pPr: PPR, sectPr: SECTPR };

interface ContainerEdits {
  readonly owner: ElementSpan;
  readonly container: 'rPr' | 'pPr' | 'sectPr';
  /** The container element when it exists (for sectPr, the owner itself). */
  readonly element: ElementSpan | undefined;
  readonly changes: Map<string, AttributeChanges>;
}

export class PropertyEdits {
  private readonly containers = new Map<ElementSpan, ContainerEdits>();
  private readonly extra: Splice[] = [];

  /**
   * Sets attributes of the property `name` (local name: `sz`, `jc`; `pBdr>bottom` for a child of a property
   * that holds elements) in the owner's container, creating the property element (and the container) when
   * missing. `owner` is a w:r, w:p, w:style, w:rPrDefault,
   * w:lvl or (with container 'sectPr') the w:sectPr itself.
   */
  set(owner: ElementSpan, container: 'rPr' | 'pPr' | 'sectPr', name: string, attributes: AttributeChanges): void {
    let edits = this.containers.get(owner);
    if (!edits || edits.container !== container) {
      const element = container === 'sectPr' ? owner : owner.children.find((c) => c.name === `w:${container}`);
      edits = { owner, container, element, changes: new Map() };
      // One container per owner in these parts (a paragraph's pPr, a run's rPr): the key is the owner and kind.
      this.containers.set(owner, edits);
    }
    const before = edits.changes.get(name) ?? {};
    edits.changes.set(name, { ...before, ...attributes });
  }

  /** A replacement of raw text (a w:t's content, for legacy-font conversion). */
  replace(start: number, end: number, text: string): void {
    this.extra.push({ start, end, text });
  }

  get size(): number {
    return this.containers.size + this.extra.length;
  }

  splices(source: string): Splice[] {
    const out: Splice[] = [...this.extra];
    for (const edits of this.containers.values()) out.push(...containerSplices(edits, source));
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

function containerSplices(edits: ContainerEdits, source: string): Splice[] {
  const { owner, container, element, changes } = edits;
  const prefix = prefixOf(owner);
  const order = ORDER[container];
  if (!element) {
    // The container is missing: write it whole, its children in order, where the owner's sequence puts it.
    if (owner.selfClosing) return [];
    const text = `<${prefix}${container}>${newElements(prefix, changes, order)}</${prefix}${container}>`;
    const at = owner.name === 'w:r' || owner.name === 'w:p' ? owner.openEnd : insertionPoint(owner, container, OWNER_ORDER[owner.name] ?? [container]);
    return [{ start: at, end: at, text }];
  }
  if (element.selfClosing) {
    // `<w:rPr/>`: opened up, the new children inside, in order.
    const open = source.slice(element.start, element.openEnd - 2).trimEnd();
    return [{ start: element.start, end: element.end, text: `${open}>${newElements(prefix, changes, order)}</${element.rawName}>` }];
  }
  return childSplices(element, prefix, changes, order, source);
}

/** The splices that set the changed children of an existing element (new ones where the order puts them). */
function childSplices(element: ElementSpan, prefix: string, changes: ReadonlyMap<string, AttributeChanges>, order: readonly string[], source: string): Splice[] {
  const out: Splice[] = [];
  const inserts = new Map<number, string[]>();
  for (const [name, nested] of grouped(changes, order)) {
    const existing = element.children.find((c) => c.name === `w:${name}`);
    if (existing && nested) {
      if (existing.selfClosing) {
        const open = source.slice(existing.start, existing.openEnd - 2).trimEnd();
        out.push({ start: existing.start, end: existing.end, text: `${open}>${newElements(prefix, nested, NESTED[name])}</${existing.rawName}>` });
      } else out.push(...childSplices(existing, prefix, nested, NESTED[name], source));
    } else if (existing) out.push(...attributeSplices(existing, changes.get(name)!, source));
    else {
      const at = insertionPoint(element, name, order);
      const list = inserts.get(at) ?? [];
      list.push(nested ? `<${prefix}${name}>${newElements(prefix, nested, NESTED[name])}</${prefix}${name}>` : newElement(prefix, name, changes.get(name)!));
      inserts.set(at, list);
    }
  }
  for (const [at, texts] of inserts) out.push({ start: at, end: at, text: texts.join('') });
  return out;
}

/** The changes by property, in order; a property that holds elements with its children's changes. */
function grouped(changes: ReadonlyMap<string, AttributeChanges>, order: readonly string[]): [string, Map<string, AttributeChanges> | undefined][] {
  const out = new Map<string, Map<string, AttributeChanges> | undefined>();
  for (const [key, attributes] of changes) {
    const [name, child] = key.split('>');
    if (child === undefined) { out.set(name, undefined); continue; }
    const nested = out.get(name) ?? new Map<string, AttributeChanges>();
    nested.set(child, attributes);
    out.set(name, nested);
  }
  return [...out].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
}

/** New elements for the changes, in order (children of a nested property inside it). */
function newElements(prefix: string, changes: ReadonlyMap<string, AttributeChanges>, order: readonly string[]): string {
  return grouped(changes, order).map(([name, nested]) => (nested
    ? `<${prefix}${name}>${newElements(prefix, nested, NESTED[name])}</${prefix}${name}>`
    : newElement(prefix, name, changes.get(name)!))).join('');
}

/** Before the first child that comes later in the sequence, else before the end tag. */
function insertionPoint(element: ElementSpan, name: string, order: readonly string[]): number {
  const rank = order.indexOf(name);
  for (const child of element.children) {
    const local = child.name.startsWith('w:') ? child.name.slice(2) : undefined;
    const childRank = local === undefined ? -1 : order.indexOf(local);
    if (childRank > rank) return child.start;
  }
  return element.closeStart;
}

function newElement(prefix: string, name: string, attributes: AttributeChanges): string {
  const attrs = Object.entries(attributes).filter(([, value]) => value !== null).map(([key, value]) => ` ${prefix}${key}="${escapeXml(value!)}"`).join('');
  return `<${prefix}${name}${attrs}/>`;
}

/** The start tag's attributes changed in place: each set value replaced or added, each removal cut. */
function attributeSplices(element: ElementSpan, attributes: AttributeChanges, source: string): Splice[] {
  const prefix = prefixOf(element);
  const out: Splice[] = [];
  const added: string[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const found = element.attrs.find((a) => a.name === `w:${key}`);
    if (found && value === null) {
      let start = found.start;
      while (start > element.start && /\s/.test(source[start - 1])) start--;
      out.push({ start, end: found.end, text: '' });
    } else if (found && value !== null) {
      if (found.value !== value) out.push({ start: found.start, end: found.end, text: `${found.rawName}="${escapeXml(value)}"` });
    } else if (value !== null) added.push(` ${prefix}${key}="${escapeXml(value)}"`);
  }
  if (added.length) {
    const at = element.selfClosing ? element.openEnd - 2 : element.openEnd - 1;
    out.push({ start: at, end: at, text: added.join('') });
  }
  return out;
}

/** Applies splices (sorted, not overlapping) to a text. */
export function applySplices(source: string, splices: readonly Splice[]): string {
  let out = '';
  let at = 0;
  for (const splice of splices) {
    if (splice.start < at) throw new Error(`overlapping edits at ${splice.start}`);
    out += source.slice(at, splice.start) + splice.text;
    at = splice.end;
  }
  return out + source.slice(at);
}
