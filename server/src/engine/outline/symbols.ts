// Document symbols (outline, breadcrumbs): the header's parts, the type name and summary, the grounds, the
// body's hierarchy, the addressees, the recipients and the signature, each with its exact range.

import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { localize, msg, type Language, type Message } from '../l10n/localize';
import type { DocumentModel, HeadingKind, Range, Segment } from '../model';
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

export function documentSymbols(model: DocumentModel, language: Language = 'vi'): DocumentSymbol[] {
  const label = (message: Message) => localize(language, message);
  const leaf = (segment: Segment, detail: Message, kind: SymbolKind) =>
    DocumentSymbol.create(clip(segment.text), label(detail), kind, seg(segment), seg(segment));
  const symbols: DocumentSymbol[] = [];

  const h = model.header;
  const headerParts: DocumentSymbol[] = [];
  if (h.partyTitle) headerParts.push(leaf(h.partyTitle, msg('Title'), SymbolKind.Constant));
  if (h.nationalName) headerParts.push(leaf(h.nationalName, msg('National name'), SymbolKind.Constant));
  if (h.motto) headerParts.push(leaf(h.motto, msg('Motto'), SymbolKind.Constant));
  if (h.issuerLines.length > 0) {
    const range = cover(model, h.issuerLines);
    headerParts.push(DocumentSymbol.create(clip(h.issuerLines.map((line) => line.text).join(' ')), label(msg('Issuing body')), SymbolKind.Constructor, range, seg(h.issuerLines[h.issuerLines.length - 1])));
  }
  if (h.number) headerParts.push(leaf(h.number, msg('Number and symbol'), SymbolKind.Number));
  if (h.placeDate) headerParts.push(leaf(h.placeDate, msg('Place and date'), SymbolKind.String));
  for (const mark of h.marks) headerParts.push(leaf(mark, msg('Mark'), SymbolKind.Key));
  const headerSegments = [h.partyTitle, h.nationalName, h.motto, h.star, h.number, h.placeDate, ...h.issuerLines, ...h.marks]
    .filter((segment): segment is Segment => segment !== undefined);
  if (headerSegments.length > 0) {
    headerParts.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const range = cover(model, headerSegments);
    symbols.push(DocumentSymbol.create(label(msg('Header')), undefined, SymbolKind.Namespace, range, { start: range.start, end: range.start }, headerParts));
  }

  if (model.typeName) {
    const parts = [model.typeName, ...model.summary, ...(model.summaryRule ? [model.summaryRule] : [])];
    const summary = model.summary.map((line) => line.text).join(' ');
    symbols.push(DocumentSymbol.create(model.typeName.text, summary ? clip(summary) : undefined, SymbolKind.File, cover(model, parts), seg(model.typeName)));
  } else if (model.summary.length > 0) {
    symbols.push(DocumentSymbol.create(clip(model.summary.map((line) => line.text).join(' ')), label(msg('Summary')), SymbolKind.String, cover(model, model.summary), seg(model.summary[0])));
  }

  if (model.addressees) {
    const a = model.addressees;
    symbols.push(DocumentSymbol.create(clip(a.label.text), label(msg('Addressees')), SymbolKind.Array, cover(model, [a.label, ...a.items]), seg(a.label),
      a.items.map((item) => leaf(item, msg('Addressee'), SymbolKind.EnumMember))));
  }

  // The grounds (căn cứ) as one group, each ground a member: the legal basis the drafter checks as a whole.
  if (model.grounds && model.grounds.items.length > 0) {
    const items = model.grounds.items.map((ground) =>
      DocumentSymbol.create(clip(ground.lines.map((line) => line.text).join(' ')), undefined, SymbolKind.EnumMember, cover(model, ground.lines), seg(ground.lines[0])));
    const all = model.grounds.items.flatMap((ground) => ground.lines);
    symbols.push(DocumentSymbol.create(label(msg('Grounds')), undefined, SymbolKind.Array, cover(model, all), seg(all[0]), items));
  }

  const toSymbol = (section: Section): DocumentSymbol => {
    const heading = section.heading;
    const name = heading.title ? `${heading.marker} ${heading.title}` : heading.marker;
    const end = model.lines[section.endLine]?.text.length ?? 0;
    return DocumentSymbol.create(clip(name), undefined, KIND[heading.kind],
      { start: { line: heading.line, character: 0 }, end: { line: section.endLine, character: end } }, seg(heading),
      section.children.map(toSymbol));
  };
  symbols.push(...sections(model).map(toSymbol));

  if (model.recipients) {
    const r = model.recipients;
    const items = r.items.map((item) => {
      const parts = [item, ...item.continuation];
      return DocumentSymbol.create(clip(parts.map((part) => part.text).join(' ')), label(msg('Recipient')), SymbolKind.EnumMember, cover(model, parts), seg(item));
    });
    const all = [r.label, ...r.items.flatMap((item) => [item, ...item.continuation])];
    symbols.push(DocumentSymbol.create(clip(r.label.text), label(msg('Recipients')), SymbolKind.Array, cover(model, all), seg(r.label), items));
  }

  if (model.signature) {
    const s = model.signature;
    const lines = [...s.authorities, ...s.titles, ...(s.signedMark ? [s.signedMark] : []), ...(s.name ? [s.name] : [])];
    const head = [...s.authorities, ...s.titles].map((line) => line.text).join(' / ');
    symbols.push(DocumentSymbol.create(clip(head || s.name?.text || ''), s.name ? s.name.text : label(msg('Signature')), SymbolKind.Object,
      cover(model, lines), seg(s.authorities[0] ?? s.titles[0] ?? s.name!)));
  }
  // What follows the main signature (appendices, forms, an attached document): one symbol each, so the
  // outline shows where the main document ends, as the rules read it.
  for (const attachment of model.attachments ?? []) {
    const end = model.lines[attachment.lastLine]?.text.length ?? 0;
    symbols.push(DocumentSymbol.create(clip(attachment.title.text), label(msg('Attachment')), SymbolKind.Module,
      { start: { line: attachment.firstLine, character: 0 }, end: { line: attachment.lastLine, character: end } }, seg(attachment.title)));
  }
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line);
}
