// Model + lint findings -> the parts of the printed page, in the places the regime puts them. Both the
// HTML preview and the .docx export draw this one layout, so they cannot disagree.
//
// Missing required parts come from the engine's findings (rules header-title, issuer, number, date,
// type-name, recipients, signature): a finding becomes a placeholder, named by its own message, in the
// slot of the part it reports. A rule that is turned off or suppressed leaves no placeholder.

import type { Diagnostic } from '../lint';
import type { DocumentModel, Heading, Regime, Segment } from '../model';
import { isUpperText } from '../text/source';
import { geometryFor, type Geometry } from './geometry';
import { inlineRuns, type Run } from './inline';

export type Role =
  // header
  | 'partyTitle' | 'nationalName' | 'motto' | 'superior' | 'issuer' | 'star' | 'number' | 'placeDate' | 'mark'
  | 'letterSummary' | 'headerOther'
  // title
  | 'typeName' | 'summary' | 'summaryRule'
  // body
  | 'addresseesLabel' | 'addressee' | 'sectionHeading' | 'strongHeading' | 'centred' | 'grounds' | 'paragraph'
  // closing
  | 'recipientsLabel' | 'recipient' | 'authority' | 'title' | 'signedMark' | 'signerName'
  // a required part the engine reports missing
  | 'missing';

export interface Block {
  readonly role: Role;
  readonly runs: readonly Run[];
  /** The source line the block comes from (for click-to-reveal and scroll sync); -1 for none. */
  readonly line: number;
  /** For a placeholder: the rule that reported the part missing and its message. */
  readonly missing?: { readonly rule: string; readonly message: string };
  /** The last source line of a paragraph joined from several lines. */
  readonly lastLine?: number;
}

export interface PageLayout {
  readonly geometry: Geometry;
  readonly headerLeft: readonly Block[];
  readonly headerRight: readonly Block[];
  /** Type name, summary and the rule under it, centred. */
  readonly title: readonly Block[];
  readonly body: readonly Block[];
  readonly closingLeft: readonly Block[];
  readonly closingRight: readonly Block[];
}

export type Finding = Pick<Diagnostic, 'rule' | 'message' | 'range' | 'fix'>;

/** What the page is drawn from: the analysis of a version (its regime is the one the rules checked). */
export interface RenderSource {
  readonly model: DocumentModel;
  readonly regime: Regime;
  readonly findings: readonly Finding[];
}

const segmentBlock = (role: Role, segment: Segment, runs = inlineRuns(segment.text)): Block => ({ role, runs, line: segment.line });
const textBlock = (role: Role, text: string, line: number): Block => ({ role, runs: [{ text }], line });
const placeholder = (finding: Finding): Block => ({
  role: 'missing',
  runs: [{ text: finding.message }],
  line: finding.range.start.line,
  missing: { rule: finding.rule, message: finding.message },
});

export function layoutPage({ model, regime, findings }: RenderSource): PageLayout {
  const geometry = geometryFor(regime);
  const of = (rule: string) => findings.filter((finding) => finding.rule === rule);
  const { header } = model;
  const headerLeft: Block[] = [];
  const headerRight: Block[] = [];
  const title: Block[] = [];

  // Title of the regime. A finding about a title that is present always offers a rewrite; a finding
  // without one reports a title that is absent (header-title.ts).
  const missingTitles = of('header-title').filter((finding) => !finding.fix);
  const mainTitleAbsent = geometry.family === 'dang' ? !header.partyTitle : !header.nationalName;
  if (header.partyTitle && (regime === 'dang' || !header.nationalName)) headerRight.push(segmentBlock('partyTitle', header.partyTitle));
  else if (mainTitleAbsent && missingTitles.length) headerRight.push(placeholder(missingTitles.shift()!));
  if (geometry.family === 'nd30') {
    if (header.nationalName) headerRight.push(segmentBlock('nationalName', header.nationalName));
    if (header.motto) headerRight.push(segmentBlock('motto', header.motto));
    else if (missingTitles.length) headerRight.push(placeholder(missingTitles.shift()!));
  }

  // Issuing body: superior bodies regular, the issuing body bold; Party `*` under it.
  const issuerFindings = of('issuer');
  if (header.issuerLines.length === 0) {
    if (issuerFindings[0]) headerLeft.push(placeholder(issuerFindings[0]));
  } else {
    header.issuerLines.forEach((segment, i) =>
      headerLeft.push(segmentBlock(i === header.issuerLines.length - 1 ? 'issuer' : 'superior', segment)));
  }
  if (geometry.family === 'dang') {
    if (header.star) headerLeft.push(segmentBlock('star', header.star));
    else if (header.issuerLines.length > 0 && issuerFindings[0]) headerLeft.push(placeholder(issuerFindings[0]));
  }

  const numberFinding = of('number')[0];
  if (header.number) headerLeft.push(segmentBlock('number', header.number, [{ text: header.number.text }]));
  else if (numberFinding) headerLeft.push(placeholder(numberFinding));

  for (const mark of header.marks) headerLeft.push(segmentBlock('mark', mark));

  const typeFindings = of('type-name');
  if (!model.typeName) {
    for (const segment of model.summary) headerLeft.push(segmentBlock('letterSummary', segment));
    if (model.summary.length === 0 && model.documentType?.isLetter && typeFindings[0]) headerLeft.push(placeholder(typeFindings[0]));
  }
  for (const segment of header.other) headerLeft.push(segmentBlock('headerOther', segment));

  const dateFinding = of('date')[0];
  if (header.placeDate) headerRight.push(placeDateBlock(model));
  else if (dateFinding) headerRight.push(placeholder(dateFinding));

  // Type name and summary, centred.
  if (model.typeName) {
    title.push(segmentBlock('typeName', model.typeName));
    for (const segment of model.summary) title.push(segmentBlock('summary', segment));
    if (model.summary.length === 0 && typeFindings[0]) title.push(placeholder(typeFindings[0]));
    if (geometry.family === 'dang' && model.summaryRule) title.push(textBlock('summaryRule', '-----', model.summaryRule.line));
    if (geometry.family === 'nd30' && model.summary.length) title.push(textBlock('summaryRule', '', model.summary[model.summary.length - 1].line));
  } else if (!model.documentType?.isLetter && typeFindings[0]) {
    title.push(placeholder(typeFindings[0]));
  }

  const body = bodyBlocks(model);

  // Closing: Nơi nhận at the left, the signature at the right, on one band.
  const closingLeft: Block[] = [];
  const recipientsFinding = of('recipients')[0];
  if (model.recipients) {
    closingLeft.push(segmentBlock('recipientsLabel', model.recipients.label, [{ text: model.recipients.label.text }]));
    for (const item of model.recipients.items) {
      const text = [item.text, ...item.continuation.map((segment) => segment.text)].join(' ');
      closingLeft.push(textBlock('recipient', text, item.line));
    }
  } else if (recipientsFinding) closingLeft.push(placeholder(recipientsFinding));

  const closingRight: Block[] = [];
  const signatureFindings = of('signature');
  const signature = model.signature;
  if (!signature) {
    if (signatureFindings[0]) closingRight.push(placeholder(signatureFindings[0]));
  } else {
    // The rule reports a missing title first, then a missing name (signature.ts).
    const pending = [...signatureFindings];
    for (const authority of signature.authorities) closingRight.push(segmentBlock('authority', authority));
    for (const segment of signature.titles) closingRight.push(segmentBlock('title', segment));
    if (signature.titles.length === 0 && (signature.authorities.length > 0) && pending.length) closingRight.push(placeholder(pending.shift()!));
    if (signature.signedMark) closingRight.push(segmentBlock('signedMark', signature.signedMark));
    if (signature.name) closingRight.push(segmentBlock('signerName', signature.name));
    else if (pending.length) closingRight.push(placeholder(pending[pending.length - 1]));
  }

  return { geometry, headerLeft, headerRight, title, body, closingLeft, closingRight };
}

/** A date broken over several lines is shown whole, as the parser joined it. */
function placeDateBlock(model: DocumentModel): Block {
  const date = model.header.placeDate!;
  if (!date.wrapped) return segmentBlock('placeDate', date, [{ text: date.text }]);
  const text = `${date.place}, ngày ${date.day} tháng ${date.month} năm ${date.year}`;
  return textBlock('placeDate', text, date.line);
}

function bodyBlocks(model: DocumentModel): Block[] {
  const blocks: Block[] = [];
  if (model.addressees) {
    blocks.push(segmentBlock('addresseesLabel', model.addressees.label));
    for (const item of model.addressees.items) blocks.push(segmentBlock('addressee', item));
  }
  const { headings, paragraphs } = model.body;
  const all: (Segment & { heading?: Heading })[] = [
    ...headings.map((heading) => ({ ...heading, heading })),
    ...paragraphs,
  ].sort((a, b) => a.line - b.line);
  let beforeFirstHeading = true;
  for (const segment of all) {
    const role = bodyRole(segment, beforeFirstHeading);
    if (segment.heading) beforeFirstHeading = false;
    const heading = segment.heading;
    const previous = blocks[blocks.length - 1];
    if (role === 'paragraph' && !heading && previous?.role === 'paragraph' && continues(previous, segment)) {
      // A line broken inside a sentence (text flattened from a PDF): one paragraph, as printed.
      blocks[blocks.length - 1] = { ...previous, runs: [...previous.runs, { text: ' ' }, ...inlineRuns(segment.text)], lastLine: segment.line };
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

/** The next line continues the paragraph: no blank line between, no sentence end, a lower-case start. */
function continues(previous: Block, segment: Segment): boolean {
  const last = previous.runs[previous.runs.length - 1]?.text ?? '';
  return (previous.lastLine ?? previous.line) + 1 === segment.line && !/[.:;!?…]["”)]?$/u.test(last) && /^[\p{Ll}\d(]/u.test(segment.text);
}

const SECTION_KINDS = new Set(['phan', 'chuong', 'muc', 'tieu-muc']);

function bodyRole(segment: Segment & { heading?: Heading }, beforeFirstHeading: boolean): Role {
  const heading = segment.heading;
  if (heading && SECTION_KINDS.has(heading.kind)) return 'sectionHeading';
  if (heading?.kind === 'roman') return 'strongHeading';
  // A numbered line or article with a short title and no closing punctuation is a heading, not a sentence.
  if (heading && (heading.kind === 'dieu' || heading.kind === 'decimal' || heading.kind === 'multilevel')
    && heading.title.length <= 100 && !/[.;:,]$/.test(heading.title)) return 'strongHeading';
  // The legal grounds before the enacting line (NĐ 30: italic; Party: upright).
  if (!heading && beforeFirstHeading && /^(Căn cứ|Theo đề nghị|Xét)(?=\s)/u.test(segment.text)) return 'grounds';
  // Upper-case lines in the body: a chapter title, the issuer's enacting line, `QUYẾT ĐỊNH:`.
  if (!heading && isUpperText(segment.text) && segment.text.length <= 120) return 'centred';
  return 'paragraph';
}
