// A run's size, bold or italic put right where it is set: in the paragraph style when the style is the
// cause, in the run otherwise. A style is edited once, rather than every run, only when every run that takes
// the property from it needs the same fix: each such run is asked for (no run left drawn otherwise), none
// sets the property itself or through a character style, and no other style is based on it. Else each run
// is fixed alone. As the fonts step prefers a style's w:rFonts, this prefers a style's w:sz, w:b, w:i.

import { format } from '../catalog/formatting';
import type { WordParagraph, WordRun } from '../docx/model';
import { msg, type Message } from '../l10n/localize';
import type { FixContext } from './context';
import type { MainLayout, RunSpan } from './layout';
import { attrOf, childOf, childrenOf, descendantsOf, type ElementSpan } from './xmlText';

export type RunProperty = 'size' | 'bold' | 'italic';

export interface RunRequest {
  readonly paragraph: WordParagraph;
  readonly span: RunSpan;
  readonly property: RunProperty;
  readonly from: number | boolean;
  readonly to: number | boolean;
  /** The rule whose finding the request answers, when not the parts' size and emphasis rules (selection.ts). */
  readonly rule?: string;
}

const ELEMENT: Record<RunProperty, string> = { size: 'sz', bold: 'b', italic: 'i' };
const NAMES: Record<RunProperty, Message> = { size: msg('size'), bold: msg('bold'), italic: msg('italic') };
const STYLE_NAMES: Record<RunProperty, (id: string) => Message> = {
  size: (id) => msg('size of style {0}', id), bold: (id) => msg('bold of style {0}', id), italic: (id) => msg('italic of style {0}', id),
};

/** The element of a reader's run in the main part (columns match, the numbering label counted). */
export function runSpanOf(layout: MainLayout, paragraph: WordParagraph, run: WordRun): RunSpan | undefined {
  return layout.paragraphs[paragraph.index]?.runs.find((s) => s.start + paragraph.labelLength === run.start && s.end + paragraph.labelLength === run.end);
}

/** Applies the requests, each once (the first asked wins), at the style where that is safe, else at the run. */
export function applyRunRequests(ctx: FixContext, requests: readonly RunRequest[]): void {
  const { main, change, onOff } = ctx;
  const unique = new Map<string, RunRequest>();
  for (const request of requests) {
    const key = `${request.span.element.start}\u0000${request.property}`;
    if (!unique.has(key)) unique.set(key, request);
  }
  const viaStyle = styleFixes(ctx, [...unique.values()]);
  for (const request of unique.values()) {
    if (viaStyle.has(request)) continue;
    main.edits.set(request.span.element, 'rPr', ELEMENT[request.property], attributes(request.property, request.to));
    change({ part: main.name, paragraph: request.paragraph.index + 1, property: NAMES[request.property], from: shown(request.from, onOff), to: shown(request.to, onOff), rule: request.rule });
  }
}

function attributes(property: RunProperty, to: number | boolean): Record<string, string | null> {
  if (property === 'size') return { val: String(Math.round((to as number) * 2)) };
  return { val: to ? null : '0' };
}

function shown(value: number | boolean, onOff: (value: boolean) => string): string {
  return typeof value === 'number' ? `${format(value)} pt` : onOff(value);
}

/** The requests put right at their paragraph style (the style edited and the change recorded). */
function styleFixes(ctx: FixContext, requests: readonly RunRequest[]): Set<RunRequest> {
  const done = new Set<RunRequest>();
  const { styles, layout, change, onOff } = ctx;
  if (!styles) return done;
  const byId = new Map<string, ElementSpan>();
  const based = new Set<string>();
  for (const style of childrenOf(styles.root, 'w:style')) {
    const id = attrOf(style, 'w:styleId');
    if (id !== undefined && attrOf(style, 'w:type') === 'paragraph') byId.set(id, style);
    const base = attrOf(childOf(style, 'w:basedOn'), 'w:val');
    if (base !== undefined) based.add(base);
  }
  const defaultId = attrOf(childrenOf(styles.root, 'w:style').find((s) => attrOf(s, 'w:type') === 'paragraph' && ['1', 'true', 'on'].includes(attrOf(s, 'w:default') ?? '')), 'w:styleId');
  const styleOf = (p: ElementSpan) => attrOf(childOf(childOf(p, 'w:pPr'), 'w:pStyle'), 'w:val') ?? defaultId;
  const mainParagraphs = layout.paragraphs.map((s) => s.element);

  const groups = new Map<string, RunRequest[]>();
  for (const request of requests) {
    const p = mainParagraphs[request.paragraph.index];
    const id = p && styleOf(p);
    if (id === undefined || !byId.has(id) || based.has(id) || setsItself(request.span.element, request.property)) continue;
    const key = `${id}\u0000${request.property}`;
    groups.set(key, [...(groups.get(key) ?? []), request]);
  }
  if (groups.size === 0) return done;
  // Every run with text in every part that holds text, with its paragraph's style.
  const runs: { r: ElementSpan; style: string | undefined }[] = [];
  for (const name of ctx.contentParts) {
    const part = ctx.part(name);
    if (!part) continue;
    for (const p of descendantsOf(part.root, 'w:p')) {
      const style = styleOf(p);
      for (const r of childRuns(p)) if (descendantsOf(r, 'w:t').some((t) => t.text !== '')) runs.push({ r, style });
    }
  }
  for (const [key, group] of groups) {
    const [id, property] = key.split('\u0000') as [string, RunProperty];
    const to = group[0].to;
    if (group.some((request) => request.to !== to)) continue;
    const asked = new Set(group.map((request) => request.span.element));
    if (runs.some(({ r, style }) => style === id && !setsItself(r, property) && !asked.has(r))) continue;
    styles.edits.set(byId.get(id)!, 'rPr', ELEMENT[property], attributes(property, to));
    change({ part: styles.name, property: STYLE_NAMES[property](id), from: shown(group[0].from, onOff), to: shown(to, onOff), rule: group[0].rule });
    for (const request of group) done.add(request);
  }
  return done;
}

/** The runs of a paragraph, inside hyperlinks, insertions, fields and content controls too (not deletions). */
function childRuns(p: ElementSpan): ElementSpan[] {
  const out: ElementSpan[] = [];
  const walk = (element: ElementSpan) => {
    for (const child of element.children) {
      if (child.name === 'w:r') out.push(child);
      else if (child.name !== 'w:del' && child.name !== 'w:moveFrom' && child.name !== 'w:pPr' && child.name !== 'w:p') walk(child);
    }
  };
  walk(p);
  return out;
}

/** The run sets the property itself, or may through a character style: the style is not its cause. */
function setsItself(r: ElementSpan, property: RunProperty): boolean {
  const rPr = childOf(r, 'w:rPr');
  return childOf(rPr, 'w:rStyle') !== undefined || childOf(rPr, `w:${ELEMENT[property]}`) !== undefined;
}
