// One finding's fix, or one rule's, out of the whole file's: the quick fix of a formatting finding in the
// Word-check view applies only the edits that put that finding right. The steps run as for the whole file,
// their edits recorded; then the changes of the chosen findings are picked, and only the edits those
// changes name are replayed. A grouped finding ("Arial in paragraph 3 and 40 others") stands for its
// group: the changes of its rule that make the same change (property, from, to) in paragraphs that have no
// finding of that rule of their own, and the changes of its rule outside any paragraph (a style, the
// defaults, a header's page number), which are the cause when the style is.

import type { Diagnostic } from '../lint';
import type { WordDocument } from '../docx/model';
import type { FixSelector, FormattingChange } from './context';
import type { MainLayout } from './layout';
import { PropertyEdits, type AttributeChanges } from './propertyEdits';
import { attrOf, type ElementSpan } from './xmlText';


/** The rules whose findings a change of this property puts right (by the property's message). */
const RULES_OF_PROPERTY: Readonly<Record<string, readonly string[]>> = {
  paper: ['word-page-size'],
  'top margin': ['word-margins'],
  'bottom margin': ['word-margins'],
  'left margin': ['word-margins'],
  'right margin': ['word-margins'],
  'page number on page 1': ['word-page-number'],
  'page number alignment': ['word-page-number'],
  'page number size': ['word-page-number'],
  font: ['word-font'],
  'font of style {0}': ['word-font'],
  'default font': ['word-font'],
  'legacy font and its text': ['word-font'],
  size: ['word-part-size'],
  bold: ['word-part-emphasis'],
  italic: ['word-part-emphasis'],
  alignment: ['word-part-alignment', 'word-body-alignment'],
  'first-line indent': ['word-first-line-indent'],
  'space before': ['word-paragraph-spacing'],
  'line spacing': ['word-line-spacing'],
};

/** The rules a change puts right: its own when the step names it, else by its property. */
export function rulesOfChange(change: FormattingChange): readonly string[] {
  return change.rule ? [change.rule] : RULES_OF_PROPERTY[change.property.text] ?? [];
}

/** The changes that fix the selected findings, in their order. */
export function selectChanges(changes: readonly FormattingChange[], selectors: readonly FixSelector[], diagnostics: readonly Diagnostic[], word: WordDocument): FormattingChange[] {
  const chosen = new Set<FormattingChange>();
  const signature = (c: FormattingChange) => `${c.part}\u0000${c.property.text}\u0000${c.property.args.join('\u0000')}\u0000${c.from}\u0000${c.to}`;
  for (const { rule, line } of selectors) {
    const ofRule = changes.filter((c) => rulesOfChange(c).includes(rule));
    if (line === undefined) { for (const c of ofRule) chosen.add(c); continue; }
    const index = word.paragraphOfLine[line];
    if (index === undefined) continue;
    const paragraph = index + 1;
    // Paragraphs where the rule reported a finding of its own: not members of this finding's group.
    const heads = new Set(diagnostics.filter((d) => d.rule === rule).map((d) => (word.paragraphOfLine[d.range.start.line] ?? -2) + 1));
    const here = ofRule.filter((c) => c.paragraph === paragraph);
    const same = new Set(here.map(signature));
    for (const c of ofRule) {
      if (c.paragraph === paragraph || c.paragraph === undefined || (!heads.has(c.paragraph) && same.has(signature(c)))) chosen.add(c);
    }
  }
  return changes.filter((c) => chosen.has(c));
}

type EditRecord =
  | { readonly kind: 'set'; readonly owner: ElementSpan; readonly container: 'rPr' | 'pPr' | 'sectPr'; readonly name: string; readonly attributes: AttributeChanges }
  | { readonly kind: 'replace'; readonly start: number; readonly end: number; readonly text: string };

/** A part's edits, applied as usual and recorded, so a selection of them can be replayed. */
export class RecordedEdits extends PropertyEdits {
  readonly records: EditRecord[] = [];

  override set(owner: ElementSpan, container: 'rPr' | 'pPr' | 'sectPr', name: string, attributes: AttributeChanges): void {
    this.records.push({ kind: 'set', owner, container, name, attributes });
    super.set(owner, container, name, attributes);
  }

  override replace(start: number, end: number, text: string): void {
    this.records.push({ kind: 'replace', start, end, text });
    super.replace(start, end, text);
  }
}

/** Where an edit sits: the rules its property answers and its paragraph (1-based, main part only). */
interface EditPlace {
  readonly rules: readonly string[];
  readonly paragraph?: number;
  /** The style the edit is in, for a style's font. */
  readonly styleId?: string;
}

/** The main part's paragraphs and sections, to place an edit by its element or offset. */
export interface MainIndex {
  readonly name: string;
  readonly layout: MainLayout;
  readonly word: WordDocument;
  readonly mapped: boolean;
}

/** A part's recorded edits, only those that one of the chosen changes names, as new edits to apply. */
export function replaySelected(part: string, recorded: RecordedEdits, chosen: readonly FormattingChange[], main: MainIndex): PropertyEdits {
  const out = new PropertyEdits();
  const mine = chosen.filter((c) => c.part === part);
  if (mine.length === 0) return out;
  const place = placer(part, main);
  for (const record of recorded.records) {
    const at = place(record);
    const named = mine.some((c) => {
      if (c.paragraph !== at.paragraph || !rulesOfChange(c).some((rule) => at.rules.includes(rule))) return false;
      // A style's font: that style's edit; any other font change: not a style's.
      if (c.property.text === 'font of style {0}') return at.styleId === String(c.property.args[0]);
      return at.styleId === undefined || !rulesOfChange(c).includes('word-font');
    });
    if (!named) continue;
    if (record.kind === 'set') out.set(record.owner, record.container, record.name, record.attributes);
    else out.replace(record.start, record.end, record.text);
  }
  return out;
}

function placer(part: string, main: MainIndex): (record: EditRecord) => EditPlace {
  const isMain = part === main.name;
  const paragraphs = new Map<ElementSpan, number>();
  const sections = new Map<ElementSpan, number>();
  // A section's edits are placed at its first paragraph, as the page set-up step states them.
  if (isMain && main.layout.sections.length === main.word.sections.length) main.layout.sections.forEach((s, i) => sections.set(s, main.word.sections[i].firstParagraph + 1));
  if (isMain && main.mapped) main.layout.paragraphs.forEach((p, i) => paragraphs.set(p.element, i + 1));
  // Paragraph elements by start offset, for a text replacement (the innermost holding the offset).
  const starts = [...paragraphs.keys()].sort((a, b) => a.start - b.start);
  const paragraphAt = (offset: number): number | undefined => {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (starts[mid].start <= offset) { found = mid; low = mid + 1; } else high = mid - 1;
    }
    for (let i = found; i >= 0; i--) if (starts[i].end > offset) return paragraphs.get(starts[i]);
    return undefined;
  };
  const paragraphOf = (owner: ElementSpan): number | undefined => {
    if (sections.has(owner)) return sections.get(owner);
    for (let at: ElementSpan | undefined = owner; at; at = at.parent) if (at.name === 'w:p') return paragraphs.get(at);
    return undefined;
  };
  return (record) => {
    if (record.kind === 'replace') return { rules: ['word-font'], paragraph: paragraphAt(record.start) };
    const { owner, name, attributes } = record;
    const styleId = owner.name === 'w:style' ? attrOf(owner, 'w:styleId') : undefined;
    return { rules: rulesOfEdit(name, attributes, isMain || styleId !== undefined), paragraph: paragraphOf(owner), styleId };
  };
}

/** The rules a property edit answers; `sz` and `jc` outside the text (a header's) are the page number's. */
function rulesOfEdit(name: string, attributes: AttributeChanges, inText: boolean): readonly string[] {
  if (name.startsWith('pBdr')) return ['word-rule-lines'];
  switch (name) {
    case 'rFonts': return ['word-font'];
    case 'sz': return inText ? ['word-part-size', 'word-heading-lines'] : ['word-page-number'];
    case 'jc': return inText ? ['word-part-alignment', 'word-body-alignment', 'word-heading-lines'] : ['word-page-number'];
    case 'b': case 'i': return ['word-part-emphasis', 'word-heading-lines'];
    case 'u': return ['word-rule-lines'];
    case 'ind': return ['word-first-line-indent', 'word-rule-lines'];
    case 'spacing': return 'line' in attributes ? ['word-line-spacing'] : ['word-paragraph-spacing', 'word-letter-summary-gap'];
    case 'pgSz': return ['word-page-size'];
    case 'pgMar': return ['word-margins'];
    case 'titlePg': return ['word-page-number'];
    default: return [];
  }
}
