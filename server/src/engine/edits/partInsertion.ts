// The one builder of each part's insertion: where a part goes and what it is filled with (the type code
// from the type name, the issuer code from the header, the regime's forms, today's date). It never decides
// that a part is missing: the presence rule does, and reports `{ part }` (model/parts.ts); insert-missing
// asks this builder for the part of each such finding. Each insertion's title is its part's `insert` in that table.

import { AS_ABOVE, familyOf, MOTTO, NATIONAL_NAME, PARTY_TITLE, recipientsTemplate } from '../catalog/conventions';
import { DOCUMENT_TYPES, typeByName, typesByCode, type DocumentTypeInfo } from '../catalog/documentTypes';
import { SIGNING_FORMS } from '../catalog/signingForms';
import type { Message } from '../l10n/localize';
import type { DocumentModel, Range, Regime } from '../model';
import { headerSegments, PARTS, type PartId } from '../model/parts';
import { dateWords } from './dates';
import { issuerCodeFromHeader } from './issuerCodes';
import { insertAfter, insertBefore, type LineInsertion } from './positions';
import { escapeSnippet, snippetToPlain } from './snippet';

export type { PartId };

export interface PartInsertion {
  readonly part: PartId;
  /** The rule whose finding this insertion answers. */
  readonly rule: string;
  readonly title: Message;
  /** An empty range: where the part goes. */
  readonly range: Range;
  /** The part with tab stops, for clients that take snippet edits. */
  readonly snippet: string;
  /** The part as plain text (the snippet's defaults). */
  readonly text: string;
}

export interface InsertOptions {
  /** Today, for the date line (the caller's clock keeps the engine pure). */
  readonly today: Date;
}

/** The part whose insertion title names the candidate (the title's two forms), and where it goes. */
type Candidate = readonly [named: PartId, insertion: LineInsertion];

/**
 * The insertions that put `part` back, for the finding of `rule` that reported it missing: usually one;
 * two for a title of a draft whose regime is not yet known (the Party title, or the national name and
 * motto). None for a part whose rule carries its own fix (`*`, `-----`) or that no text can stand for
 * (a signer's title or name is the drafter's to write).
 */
export function partInsertions(model: DocumentModel, regime: Regime, part: PartId, rule: string, options: InsertOptions): PartInsertion[] {
  return candidates(model, regime, part, options).map(([named, insertion]) =>
    ({ part, rule, title: PARTS[named].insert!, range: insertion.range, snippet: insertion.snippet, text: snippetToPlain(insertion.snippet) }));
}

function candidates(model: DocumentModel, regime: Regime, part: PartId, options: InsertOptions): Candidate[] {
  const header = model.header;
  switch (part) {
    case 'title': {
      const partyTitle: Candidate = ['party-title', insertBefore(model, firstContentLine(model), [PARTY_TITLE])];
      const nationalName: Candidate = ['national-name',
        insertBefore(model, firstContentLine(model), header.motto ? [NATIONAL_NAME] : [NATIONAL_NAME, MOTTO])];
      if (regime === 'unknown') return [partyTitle, nationalName];
      return [regime === 'dang' ? partyTitle : nationalName];
    }
    case 'motto':
      // Without the national name, the national name's insertion brings the motto with it.
      return header.nationalName
        ? [['motto', insertAfter(model, header.nationalName.line, [MOTTO])]]
        : candidates(model, regime, 'title', options);
    case 'issuer': {
      const lines = regime === 'dang' ? ['${1:TÊN CƠ QUAN BAN HÀNH}', ...(header.star ? [] : ['*'])] : ['${1:TÊN CƠ QUAN BAN HÀNH}'];
      const anchor = header.number ?? header.placeDate;
      return [['issuer', anchor ? insertBefore(model, anchor.line, lines) : afterHeader(model, lines)]];
    }
    case 'number': {
      const line = numberLine(model, regime, options.today);
      return [['number', header.placeDate ? insertBefore(model, header.placeDate.line, [line]) : afterHeader(model, [line])]];
    }
    case 'place-date': {
      const line = `\${1:Địa danh}, ${dateWords(options.today)}`;
      const after = header.number ? Math.max(header.number.line, header.number.symbolLine?.line ?? 0) : undefined;
      return [['place-date', after !== undefined ? insertAfter(model, after, [line]) : afterHeader(model, [line])]];
    }
    case 'type-name':
      return [['type-name', afterHeader(model, ['', ...typeNameLines(model, regime)])]];
    case 'summary': {
      if (model.typeName) {
        const lines = [regime === 'dang' ? '${1:về …}' : '${1:Về …}', ...(regime === 'dang' && !model.summaryRule ? ['-----'] : [])];
        return [['summary', insertAfter(model, model.typeName.line, lines)]];
      }
      // A công văn's summary goes under its number.
      const number = header.number;
      if (!number) return [];
      return [['summary', insertAfter(model, number.symbolLine?.line ?? number.line, [regime === 'dang' ? '${1:Về …}' : '${1:V/v …}'])]];
    }
    case 'recipients': {
      const lines = recipientLines(model, regime);
      const signatureLine = firstSignatureLine(model);
      return [['recipients', signatureLine !== undefined && signatureLine > model.body.lastLine
        ? insertBefore(model, signatureLine, [...lines, ''])
        : insertAfter(model, lastLine(model), ['', ...lines])]];
    }
    case 'signature': {
      // Under the recipients when there are some (an appendix may follow them), else at the end.
      const recipients = model.recipients;
      const after = recipients ? lastRecipientLine(recipients) : lastLine(model);
      return [['signature', insertAfter(model, after, ['', ...signatureLines(regime)])]];
    }
    default:
      // No text stands for the part (a signer's title or name is the drafter's), or its rule carries its
      // own fix (`*`, `-----`): the table gives it no insertion.
      return [];
  }
}

/** The number line in the regime's form, with the codes the document tells and tab stops for the rest. */
export function numberLine(model: DocumentModel, regime: Regime, today: Date, firstStop = 1): string {
  const type = documentTypeOf(model);
  const typeCode = type?.codes[regime === 'unknown' ? 'nd30' : regime]?.[0];
  const issuer = issuerCodeOf(model, regime);
  const n = firstStop;
  const issuerText = issuer ? escapeSnippet(issuer) : `\${${n + 2}:…}`;
  if (regime === 'dang') {
    return `Số \${${n}:01}-${typeCode ? escapeSnippet(typeCode) : `\${${n + 1}:…}`}/${issuerText}`;
  }
  if (type?.isLetter) return `Số: \${${n}:01}/${issuerText}-\${${n + 1}:…}`;
  const year = regime === 'qppl' ? `\${${n + 3}:${today.getFullYear()}}/` : '';
  return `Số: \${${n}:01}/${year}${typeCode ? escapeSnippet(typeCode) : `\${${n + 1}:…}`}-${issuerText}`;
}

/**
 * The document's type; while a header line is half typed (`Số`) the parser may not reach the type name,
 * so a line that names a type exactly is looked for too.
 */
function documentTypeOf(model: DocumentModel): DocumentTypeInfo | undefined {
  if (model.documentType) return model.documentType;
  for (const line of model.lines) {
    const text = line.text.trim();
    if (text.length > 1 && text.length < 40 && text === text.toUpperCase()) {
      const type = typeByName(text.normalize('NFC'));
      if (type) return type;
    }
  }
  return undefined;
}

/** The issuing body's code: from the number line when there is one, else from the header's names. */
export function issuerCodeOf(model: DocumentModel, regime: Regime): string | undefined {
  return model.header.number?.issuerCode ?? issuerCodeFromHeader(model.header.issuerLines.map((line) => line.text), regime);
}

function typeNameLines(model: DocumentModel, regime: Regime): string[] {
  const family = regime === 'unknown' ? 'nd30' : regime;
  const code = model.header.number?.typeCode;
  const known = code ? typesByCode(family, code)[0] : undefined;
  const names = DOCUMENT_TYPES.filter((type) => !type.isLetter && (type.codes[family]?.length ?? 0) > 0).map((type) => type.name);
  const name = known ? escapeSnippet(known.name) : `\${1|${names.map((item) => item.replace(/[,|\\]/g, (ch) => `\\${ch}`)).join(',')}|}`;
  return regime === 'dang' ? [name, '${2:về …}', '-----'] : [name, '${2:Về …}'];
}

function recipientLines(model: DocumentModel, regime: Regime): string[] {
  return recipientsTemplate(familyOf(regime), model.addressees ? AS_ABOVE : '${1:…}');
}

function signatureLines(regime: Regime): string[] {
  const family = familyOf(regime);
  const forms = `\${1|${SIGNING_FORMS.filter((form) => form.regime === family).map((form) => form.prefix).join(',')}|}`;
  if (family === 'dang') return [`${forms} \${2:BAN THƯỜNG VỤ}`, '${3:BÍ THƯ}', '', '${4:Nguyễn Văn An}'];
  return [`${forms} \${2:ỦY BAN NHÂN DÂN}`, '${3:CHỦ TỊCH}', '', '${4:Nguyễn Văn An}'];
}

/** After the header's last recognised line, or at the top when the header is empty. */
function afterHeader(model: DocumentModel, lines: readonly string[]): LineInsertion {
  const segments = headerSegments(model);
  if (segments.length === 0) return insertBefore(model, firstContentLine(model), lines);
  return insertAfter(model, Math.max(...segments.map((segment) => segment.line)), lines);
}

/** The first line with visible content (comment-only lines, such as directives, are passed over). */
function firstContentLine(model: DocumentModel): number {
  const segments = headerSegments(model);
  if (segments.length > 0) return Math.min(...segments.map((segment) => segment.line));
  const index = model.lines.findIndex((line) => line.text.trim() !== '' && !/^\s*<!--.*-->\s*$/u.test(line.text));
  return index < 0 ? 0 : index;
}

function lastLine(model: DocumentModel): number {
  for (let i = model.lines.length - 1; i >= 0; i--) if (model.lines[i].text.trim() !== '') return i;
  return 0;
}

function lastRecipientLine(recipients: NonNullable<DocumentModel['recipients']>): number {
  const item = recipients.items[recipients.items.length - 1];
  if (!item) return recipients.label.line;
  return (item.continuation[item.continuation.length - 1] ?? item).line;
}

function firstSignatureLine(model: DocumentModel): number | undefined {
  const signature = model.signature;
  if (!signature) return undefined;
  const lines = [...signature.authorities, ...signature.titles].map((segment) => segment.line);
  return lines.length ? Math.min(...lines) : signature.name?.line;
}
