// Model + lint findings -> the parts of the printed page, in the places the regime puts them. Both the
// HTML preview and the .docx export draw this one layout, so they cannot disagree.
//
// Missing required parts come from the engine's findings: a finding that reports a part absent (its
// `part`, set by the presence rules alone) becomes a placeholder, named by its own message, in that
// part's slot. A rule that is turned off or suppressed leaves no placeholder.

import { inFamily, partsOf, type PartId } from '../model/parts';
import { ROLE, type Block, type Role } from './block';
import type { Diagnostic } from '../lint';
import { restoreSourceText } from './sourceText';
import type { DocumentModel, Heading, Regime, Segment } from '../model';
import { isBlank, isUpperText, makeSegment } from '../text/source';
import { geometryFor, type Geometry } from './geometry';
import { inlineRuns, type Run } from './inline';

export interface PageLayout {
  readonly geometry: Geometry;
  readonly headerLeft: readonly Block[];
  readonly headerRight: readonly Block[];
  /** Type name, summary and the rule under it, centred. */
  readonly title: readonly Block[];
  readonly body: readonly Block[];
  readonly closingLeft: readonly Block[];
  readonly closingRight: readonly Block[];
  /** Text after the closing (an appendix, a note), in order: rendered after the signature, never dropped. */
  readonly after: readonly Block[];
}

export type Finding = Pick<Diagnostic, 'rule' | 'message' | 'range' | 'fix' | 'part'>;

/** What the page is drawn from: the analysis of a version (its regime is the one the rules checked). */
export interface RenderSource {
  readonly model: DocumentModel;
  readonly regime: Regime;
  readonly findings: readonly Finding[];
}

const segmentBlock = (role: Role, segment: Segment, runs = inlineRuns(segment.text)): Block => ({ role, runs, line: segment.line, columns: [segment.start, segment.end] });

/** A part's block, drawn in its style. */
const partBlock = (part: PartId, segment: Segment, runs?: Run[]): Block => segmentBlock(ROLE[part]!, segment, runs);

const textBlock = (role: Role, text: string, line: number): Block => ({ role, runs: [{ text }], line });
const placeholder = (finding: Finding): Block => ({
  role: 'missing',
  runs: [{ text: finding.message }],
  line: finding.range.start.line,
  missing: { rule: finding.rule, message: finding.message },
});

export function layoutPage({ model, regime, findings }: RenderSource): PageLayout {
  const geometry = geometryFor(regime);
  // The finding that reports `part` absent, as a placeholder for the part's slot.
  const missing = (part: PartId): Block[] => {
    const finding = findings.find((candidate) => candidate.part === part);
    return finding ? [placeholder(finding)] : [];
  };
  // The parts the draft holds (model/parts.ts): each slot below shows its part's blocks, or the placeholder
  // of the finding that reports the part missing.
  const present = partsOf(model);
  const segmentsOf = (...ids: PartId[]): Segment[] => present.filter((part) => ids.includes(part.id)).flatMap((part) => part.segments);
  const blocks = (...ids: PartId[]): Block[] =>
    present.filter((part) => ids.includes(part.id)).flatMap((part) => part.segments.map((segment) => partBlock(part.id, segment)));
  const orMissing = (shown: Block[], part: PartId): Block[] => (shown.length > 0 ? shown : missing(part));
  const headerLeft: Block[] = [];
  const headerRight: Block[] = [];
  const title: Block[] = [];

  // Title of the regime.
  const [partyTitle] = segmentsOf('party-title');
  const [nationalName] = segmentsOf('national-name');
  const missingTitle = missing('title');
  const partyTitleShown = Boolean(partyTitle && (regime === 'dang' || !nationalName));
  headerRight.push(...(partyTitleShown ? blocks('party-title') : missingTitle));
  if (inFamily('national-name', geometry.family)) {
    headerRight.push(...blocks('national-name'));
    const motto = blocks('motto');
    // A Party title stands where the national name goes: the missing national name (whose insertion
    // brings the motto) is shown under it, in the motto's place.
    headerRight.push(...(motto.length > 0 ? motto : partyTitleShown && !nationalName ? missingTitle : missing('motto')));
  }

  // Issuing body: superior bodies regular, the issuing body bold; Party `*` under it.
  headerLeft.push(...orMissing(blocks('superior-body', 'issuer'), 'issuer'));
  if (inFamily('star', geometry.family)) headerLeft.push(...orMissing(blocks('star'), 'star'));
  const [number] = segmentsOf('number');
  headerLeft.push(...(number ? [partBlock('number', number, [{ text: number.text }])] : missing('number')));
  headerLeft.push(...blocks('mark'));
  const [typeName] = segmentsOf('type-name');
  // A công văn's summary, under its number.
  if (!typeName) headerLeft.push(...orMissing(blocks('letter-summary'), 'summary'));
  for (const segment of model.header.other) headerLeft.push(segmentBlock('headerOther', segment));
  headerRight.push(...(model.header.placeDate ? [placeDateBlock(model)] : missing('place-date')));

  // Type name and summary, centred.
  if (typeName) {
    const summary = segmentsOf('summary');
    title.push(partBlock('type-name', typeName), ...orMissing(blocks('summary'), 'summary'));
    const [rule] = segmentsOf('summary-rule');
    if (inFamily('summary-rule', geometry.family) && rule) title.push(textBlock(ROLE['summary-rule']!, '-----', rule.line));
    // A state document draws a solid rule under the summary.
    if (geometry.family === 'nd30' && summary.length) title.push(textBlock(ROLE['summary-rule']!, '', summary[summary.length - 1].line));
  } else {
    title.push(...missing('type-name'));
  }

  const body = bodyBlocks(model);

  // Closing: Nơi nhận at the left (each recipient with its wrapped lines as one), the signature at the right, on one band.
  const closingLeft: Block[] = [];
  const [recipientsLabel] = segmentsOf('recipients-label');
  if (recipientsLabel) {
    closingLeft.push(partBlock('recipients-label', recipientsLabel, [{ text: recipientsLabel.text }]));
    for (const item of present) {
      if (item.id === 'recipient') closingLeft.push(textBlock(ROLE.recipient!, item.segments.map((segment) => segment.text).join(' '), item.segments[0].line));
    }
  } else closingLeft.push(...missing('recipients'));

  const closingRight: Block[] = model.signature
    ? [...blocks('signing-authority'), ...orMissing(blocks('signer-title'), 'signer-title'), ...blocks('signed-mark'), ...orMissing(blocks('signer-name'), 'signer-name')]
    : missing('signature');

  const sections = { headerLeft, headerRight, title, body, closingLeft, closingRight, after: [] as Block[] };
  placeTheRest(model, sections);
  return { geometry, ...mapRuns(sections, (list) => restoreSourceText(model, list), visibleText) };
}

type Sections = Record<'headerLeft' | 'headerRight' | 'title' | 'body' | 'closingLeft' | 'closingRight' | 'after', Block[]>;

/**
 * Nothing lost on export (a clerk's text must reach the page): every visible line of the draft (outside comments and directives)
 * that no part above placed is set where it stands: inside the section whose lines surround it (a note
 * inside Nơi nhận stays in the list), after the section before it, or, after the closing, as an appendix.
 * This walks the lines, not the model's parts, so a part the parser does not know yet is kept too.
 */
function placeTheRest(model: DocumentModel, sections: Sections): void {
  // Per line, the column ranges shown; `undefined` in the list: the whole line is shown.
  const placed = new Map<number, ([number, number] | undefined)[]>();
  const place = (line: number, columns?: readonly [number, number]) => {
    const list = placed.get(line) ?? [];
    list.push(columns ? [columns[0], columns[1]] : undefined);
    placed.set(line, list);
  };
  const order: (keyof Sections)[] = ['headerLeft', 'headerRight', 'title', 'body', 'closingLeft', 'closingRight'];
  for (const name of order) {
    for (const block of sections[name]) {
      if (block.missing || block.line < 0) continue;
      if (block.pieces) for (const piece of block.pieces) place(piece.line, piece.columns);
      else if (block.lastLine === undefined) place(block.line, block.columns);
      else for (let line = block.line; line <= block.lastLine; line++) place(line);
    }
  }
  for (const item of model.recipients?.items ?? []) for (const segment of item.continuation) place(segment.line, [segment.start, segment.end]);
  const number = model.header.number;
  if (number?.symbolLine) place(number.symbolLine.line, [number.symbolLine.start, number.symbolLine.end]);
  // The second line's piece of a national name or motto split over one column (shown whole in its block).
  for (const rest of [model.header.nationalName?.rest, model.header.motto?.rest]) if (rest) place(rest.line, [rest.start, rest.end]);
  const { masked } = model.view;
  // The reader joined these lines (`23 tháng` / `3 năm 2022`, `La, ngày …` / `năm 2018`) into the date shown.
  for (const piece of model.header.placeDate?.pieces ?? []) place(piece.line, [piece.start, piece.end]);
  // Loops, not Math.max(...lines): a spread of a million arguments overflows the stack.
  let lastPlaced = -1;
  for (const line of placed.keys()) lastPlaced = Math.max(lastPlaced, line);
  const span = (name: keyof Sections) => {
    let first = Infinity;
    let last = -Infinity;
    for (const block of sections[name]) {
      if (block.missing || block.line < 0) continue;
      first = Math.min(first, block.line);
      last = Math.max(last, block.line);
    }
    return first <= last ? [first, last] as const : undefined;
  };
  const spans = order.map((name) => ({ name, span: span(name) }));
  // Blocks to add per section, in line order; merged in one pass at the end (inserting one by one into
  // the middle of a section would be quadratic on a draft of many unplaced lines).
  const pending = new Map<keyof Sections, Block[]>();
  const spansReversed = [...spans].reverse();
  const insert = (line: number, block: Block) => {
    if (line > lastPlaced) {
      sections.after.push({ ...block, role: 'attachment' });
      return;
    }
    // The section whose lines surround the line (of a two-column band, the right column for a stretch that
    // does not start the line), else the last section that starts before it.
    const around = spans.filter(({ span: range }) => range && range[0] <= line && line <= range[1]);
    const inBand = around.length > 1 && (block.columns?.[0] ?? 0) > 0 ? around[around.length - 1] : around[0];
    const before = spansReversed.find(({ span: range }) => range && range[0] <= line);
    const target = (inBand ?? before ?? spans.find(({ span: range }) => range))?.name ?? 'body';
    const list = pending.get(target) ?? [];
    list.push(block);
    pending.set(target, list);
  };
  for (let line = 0; line < masked.length; line++) {
    if (isBlank(masked[line]) || isDecoration(masked[line])) continue;
    const shown = placed.get(line);
    if (shown?.includes(undefined)) continue;
    // The stretches of the line no block shows: a cell of a two-column line, noise the parser trimmed off.
    const text = masked[line];
    const covered = new Uint8Array(text.length);
    for (const range of shown ?? []) covered.fill(1, range![0], Math.min(range![1], text.length));
    for (let start = 0; start < text.length;) {
      if (covered[start]) { start++; continue; }
      let end = start;
      while (end < text.length && !covered[end]) end++;
      const rest = makeSegment(line, text, start, end);
      if (rest.text !== '' && !isDecoration(rest.text)) insert(line, segmentBlock('extra', rest));
      start = end;
    }
  }
  for (const [name, extra] of pending) sections[name] = mergeByLine(sections[name], extra);
  // What an unclosed comment hides comes last, after everything the reader placed (it saw nothing there).
  const hidden = model.view.unclosedComment;
  if (hidden) {
    for (let line = hidden.line; line < model.lines.length; line++) {
      const source = model.lines[line].text;
      const segment = makeSegment(line, source, line === hidden.line ? hidden.end : 0, source.length);
      if (segment.text !== '') sections.after.push(segmentBlock('hidden', segment, [{ text: segment.text }]));
    }
  }
}

/**
 * The section's blocks with the extra ones (in line order) merged in: each extra block goes before the
 * first placed block that comes after it in the source (a later line, or the same line further right).
 */
function mergeByLine(blocks: readonly Block[], extra: readonly Block[]): Block[] {
  const merged: Block[] = [];
  let next = 0;
  const after = (block: Block, other: Block) => block.line > other.line || (block.line === other.line && (block.columns?.[0] ?? 0) > (other.columns?.[0] ?? 0));
  for (const block of blocks) {
    if (!block.missing) while (next < extra.length && after(block, extra[next])) merged.push(extra[next++]);
    merged.push(block);
  }
  while (next < extra.length) merged.push(extra[next++]);
  return merged;
}

/** A line drawn as a rule (`-----`, `*****`, `_____`): the page draws its own rules. */
function isDecoration(text: string): boolean {
  return /^[\s\-–—_*=.]*$/u.test(text) && /[-–—_=]{3,}/u.test(text);
}

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab and form feed, U+FFFE, U+FFFF, lone surrogates) would make
 * the .docx unreadable and vanish from the preview: each is shown as U+FFFD instead, never dropped
 * (the `control-character` rule reports them).
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function visibleText(text: string): string {
  // A form feed (a page break in text from a PDF) is white space on the page.
  return text.replace(NOT_XML, '\uFFFD').replace(/\f/g, ' ');
}

function mapRuns(sections: Sections, restore: (list: Block[]) => Block[], map: (text: string) => string): Sections {
  const blocks = (list: Block[]) => restore(list).map((block) => ({ ...block, runs: block.runs.map((run) => ({ ...run, text: map(run.text) })) }));
  return {
    headerLeft: blocks(sections.headerLeft), headerRight: blocks(sections.headerRight), title: blocks(sections.title),
    body: blocks(sections.body), closingLeft: blocks(sections.closingLeft), closingRight: blocks(sections.closingRight), after: blocks(sections.after),
  };
}

/** A date broken over several lines is shown whole, as the parser joined it. */
function placeDateBlock(model: DocumentModel): Block {
  const date = model.header.placeDate!;
  if (!date.wrapped) return partBlock('place-date', date, [{ text: date.text }]);
  const text = `${date.place}, ngày ${date.day} tháng ${date.month} năm ${date.year}`;
  return textBlock(ROLE['place-date']!, text, date.line);
}

function bodyBlocks(model: DocumentModel): Block[] {
  const blocks: Block[] = [];
  if (model.addressees) {
    blocks.push(segmentBlock('addresseesLabel', model.addressees.label));
    for (const item of model.addressees.items) {
      blocks.push(partBlock('addressee', item));
      for (const piece of item.continuation) blocks.push(partBlock('addressee', piece));
    }
  }
  const grounds = groundLines(model);
  for (const block of model.body.blocks) {
    const segment = block.segment;
    const heading = block.kind === 'paragraph' ? undefined : block.segment;
    const ground = heading ? undefined : grounds.get(segment.line);
    const role = ground ? 'grounds' : bodyRole(segment, heading);
    const previous = blocks[blocks.length - 1];
    // A line broken inside a sentence (text flattened from a PDF): one paragraph, as printed. A ground's
    // wrapped line is known to be one (the reader says so), even when it starts with a capital (`Chính phủ`).
    const joins = role === 'paragraph' ? !heading && continues(previous, segment) : ground === 'wrapped' && runsOn(previous, segment);
    if (joins && previous?.role === role) {
      // The runs and pieces arrays are the builder's own and grow in place: copying them for every joined
      // line was quadratic (100 KB of wrapped lines: 3 s; 300 KB: 34 s).
      const runs = previous.runs as Run[];
      for (const run of [{ text: ' ' }, ...inlineRuns(segment.text)]) runs.push(run);
      const pieces = (previous.pieces ?? [{ line: previous.line, columns: previous.columns ?? [0, Infinity] as const }]) as { line: number; columns: readonly [number, number] }[];
      pieces.push({ line: segment.line, columns: [segment.start, segment.end] });
      blocks[blocks.length - 1] = { ...previous, lastLine: segment.line, pieces };
      continue;
    }
    if (role === 'paragraph' && heading?.kind === 'dieu') {
      // A long article: only its marker is set in bold.
      const rest = segment.text.slice(heading.marker.length);
      blocks.push({ role, line: segment.line, runs: [{ text: heading.marker, bold: true }, ...inlineRuns(rest)] });
    } else blocks.push(segmentBlock(role, segment));
  }
  return blocks;
}

/**
 * The lines of the grounds the reader recognised (model.grounds), drawn as grounds (NĐ 30: italic; Party:
 * upright, by the role's style): each ground's opener line, and its wrapped lines. `- ` grounds are list
 * lines, drawn as such.
 */
function groundLines(model: DocumentModel): Map<number, 'opener' | 'wrapped'> {
  const lines = new Map<number, 'opener' | 'wrapped'>();
  for (const ground of model.grounds?.items ?? []) {
    if (ground.dashed) continue;
    ground.lines.forEach((line, i) => lines.set(line.line, i === 0 ? 'opener' : 'wrapped'));
  }
  return lines;
}

/** The next line continues the paragraph: no blank line between, no sentence end, a lower-case start. */
function continues(previous: Block | undefined, segment: Segment): boolean {
  return runsOn(previous, segment) && /^[\p{Ll}\d(]/u.test(segment.text);
}

/** The next line runs on from the block: no blank line between, no sentence end. */
function runsOn(previous: Block | undefined, segment: Segment): boolean {
  if (!previous) return false;
  const last = previous.runs[previous.runs.length - 1]?.text ?? '';
  return (previous.lastLine ?? previous.line) + 1 === segment.line && !/[.:;!?…]["”)]?$/u.test(last);
}

const SECTION_KINDS = new Set(['phan', 'chuong', 'muc', 'tieu-muc']);

function bodyRole(segment: Segment, heading: Heading | undefined): Role {
  if (heading && SECTION_KINDS.has(heading.kind)) return 'sectionHeading';
  if (heading?.kind === 'roman') return 'strongHeading';
  // A numbered line or article with a short title and no closing punctuation is a heading, not a sentence.
  if (heading && (heading.kind === 'dieu' || heading.kind === 'decimal' || heading.kind === 'multilevel')
    && heading.title.length <= 100 && !/[.;:,]$/.test(heading.title)) return 'strongHeading';
  // Upper-case lines in the body: a chapter title, the issuer's enacting line, `QUYẾT ĐỊNH:`.
  if (!heading && isUpperText(segment.text) && segment.text.length <= 120) return 'centred';
  return 'paragraph';
}
