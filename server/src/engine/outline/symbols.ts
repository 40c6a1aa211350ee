// Document symbols (outline, breadcrumbs): the parts the one walk finds (model/parts.ts), named by its table
// (the header's parts, the type name and summary, the addressees, the grounds, the recipients, the signature,
// what follows it), and the body's hierarchy, each with its exact range.

import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { localize, type Language, type Message } from '../l10n/localize';
import type { DocumentModel, HeadingKind, Range, Segment } from '../model';
import { PARTS, partsOf, SECTION_NAMES, wholeOf, type PartId } from '../model/parts';
import { sections, type Section } from './sections';

const KIND: Record<HeadingKind, SymbolKind> = {
  'phan': SymbolKind.Namespace, 'chuong': SymbolKind.Namespace, 'muc': SymbolKind.Package, 'tieu-muc': SymbolKind.Package,
  'dieu': SymbolKind.Class, 'roman': SymbolKind.Class, 'decimal': SymbolKind.Method, 'multilevel': SymbolKind.Method,
  'paren': SymbolKind.Field, 'letter': SymbolKind.Field, 'dash': SymbolKind.Field, 'plus': SymbolKind.Field,
};

const seg = (segment: Segment): Range => ({ start: { line: segment.line, character: segment.start }, end: { line: segment.line, character: segment.end } });

function cover(model: DocumentModel, segments: readonly Segment[]): Range {
  const first = segments.reduce((a, b) => (b.line < a.line ? b : a));
  const last = segments.reduce((a, b) => (b.line > a.line ? b : a));
  const lastText = model.lines[last.line]?.text ?? '';
  return { start: { line: first.line, character: 0 }, end: { line: last.line, character: lastText.length } };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The symbol kind of each part the outline shows on its own; a part without one is shown inside its whole. */
const PART_KIND: Partial<Record<PartId, SymbolKind>> = {
  'party-title': SymbolKind.Constant, 'national-name': SymbolKind.Constant, motto: SymbolKind.Constant,
  issuer: SymbolKind.Constructor, number: SymbolKind.Number, 'place-date': SymbolKind.String, mark: SymbolKind.Key,
};

export function documentSymbols(model: DocumentModel, language: Language = 'vi'): DocumentSymbol[] {
  const label = (message: Message) => localize(language, message);
  const name = (part: PartId) => label(PARTS[part].name);
  const leaf = (segment: Segment, part: PartId, kind: SymbolKind) =>
    DocumentSymbol.create(clip(segment.text), name(part), kind, seg(segment), seg(segment));
  const symbols: DocumentSymbol[] = [];
  const present = partsOf(model);
  const all = (id: PartId) => present.filter((part) => part.id === id);
  const lines = (ids: readonly PartId[]) => present.filter((part) => ids.includes(part.id)).flatMap((part) => part.segments);

  // The header: its parts, the issuing bodies as one; its range runs over them and the Party `*` (the
  // number's symbol typed on a line of its own is the number's, not a line of the header's range).
  const header = present.filter((part) => PARTS[part.id].section === 'header' && part.id !== 'number-symbol');
  const headerParts: DocumentSymbol[] = [];
  const issuerLines = header.filter((part) => wholeOf(part.id) === 'issuer').flatMap((part) => part.segments);
  for (const part of header) {
    const kind = PART_KIND[part.id];
    if (part.id === 'issuer') {
      // The issuing bodies as one symbol, its superior bodies' lines in it, selected at the issuing body.
      headerParts.push(DocumentSymbol.create(clip(issuerLines.map((line) => line.text).join(' ')), name('issuer'), kind!, cover(model, issuerLines), seg(part.segments[0])));
    } else if (kind !== undefined) headerParts.push(leaf(part.segments[0], part.id, kind));
  }
  const headerSegments = header.flatMap((part) => part.segments);
  if (headerSegments.length > 0) {
    headerParts.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const range = cover(model, headerSegments);
    symbols.push(DocumentSymbol.create(label(SECTION_NAMES.header!), undefined, SymbolKind.Namespace, range, { start: range.start, end: range.start }, headerParts));
  }

  const [typeName] = all('type-name');
  const summaryLines = lines(['summary', 'letter-summary']);
  if (typeName) {
    const parts = [typeName.segments[0], ...summaryLines, ...lines(['summary-rule'])];
    const summary = summaryLines.map((line) => line.text).join(' ');
    symbols.push(DocumentSymbol.create(typeName.segments[0].text, summary ? clip(summary) : undefined, SymbolKind.File, cover(model, parts), seg(typeName.segments[0])));
  } else if (summaryLines.length > 0) {
    symbols.push(DocumentSymbol.create(clip(summaryLines.map((line) => line.text).join(' ')), name('letter-summary'), SymbolKind.String, cover(model, summaryLines), seg(summaryLines[0])));
  }

  // The addressees: their `Kính gửi` line first, then one member each.
  const [addresseesLabel, ...addressees] = lines(['addressee']);
  if (addresseesLabel) {
    symbols.push(DocumentSymbol.create(clip(addresseesLabel.text), name('addressees'), SymbolKind.Array, cover(model, [addresseesLabel, ...addressees]), seg(addresseesLabel),
      addressees.map((item) => leaf(item, 'addressee', SymbolKind.EnumMember))));
  }

  // The grounds (căn cứ) as one group, each ground a member: the legal basis the drafter checks as a whole.
  const grounds = all('grounds');
  if (grounds.length > 0) {
    const items = grounds.map((ground) =>
      DocumentSymbol.create(clip(ground.segments.map((line) => line.text).join(' ')), undefined, SymbolKind.EnumMember, cover(model, ground.segments), seg(ground.segments[0])));
    const groundLines = grounds.flatMap((ground) => ground.segments);
    symbols.push(DocumentSymbol.create(name('grounds'), undefined, SymbolKind.Array, cover(model, groundLines), seg(groundLines[0]), items));
  }

  const toSymbol = (section: Section): DocumentSymbol => {
    const heading = section.heading;
    const title = heading.title ? `${heading.marker} ${heading.title}` : heading.marker;
    const end = model.lines[section.endLine]?.text.length ?? 0;
    return DocumentSymbol.create(clip(title), undefined, KIND[heading.kind],
      { start: { line: heading.line, character: 0 }, end: { line: section.endLine, character: end } }, seg(heading),
      section.children.map(toSymbol));
  };
  symbols.push(...sections(model).map(toSymbol));

  const [recipientsLabel] = lines(['recipients-label']);
  if (recipientsLabel) {
    const recipients = all('recipient');
    const items = recipients.map((item) =>
      DocumentSymbol.create(clip(item.segments.map((part) => part.text).join(' ')), name('recipient'), SymbolKind.EnumMember, cover(model, item.segments), seg(item.segments[0])));
    const recipientLines = [recipientsLabel, ...recipients.flatMap((item) => item.segments)];
    symbols.push(DocumentSymbol.create(clip(recipientsLabel.text), name('recipients'), SymbolKind.Array, cover(model, recipientLines), seg(recipientsLabel), items));
  }

  const signatureLines = lines(['signing-authority', 'signer-title', 'signed-mark', 'signer-name']);
  if (signatureLines.length > 0) {
    const heads = lines(['signing-authority', 'signer-title']);
    const [signer] = lines(['signer-name']);
    symbols.push(DocumentSymbol.create(clip(heads.map((line) => line.text).join(' / ') || signer?.text || ''), signer ? signer.text : name('signature'), SymbolKind.Object,
      cover(model, signatureLines), seg(heads[0] ?? signer!)));
  }
  // What follows the main signature (appendices, forms, an attached document): one symbol each, so the
  // outline shows where the main document ends, as the rules read it.
  for (const attachment of all('attachment')) {
    const [title] = attachment.segments;
    const lastLine = attachment.lastLine ?? title.line;
    const end = model.lines[lastLine]?.text.length ?? 0;
    symbols.push(DocumentSymbol.create(clip(title.text), name('attachment'), SymbolKind.Module,
      { start: { line: title.line, character: 0 }, end: { line: lastLine, character: end } }, seg(title)));
  }
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line);
}
