// Hover from an analysis: on each part the table of parts (model/parts.ts) describes, what it is and the rule
// behind it, with a link to the rule's page; on the number and symbol, its decoding (`02` number, `KL` kết luận, `BTCTW` Ban Tổ chức
// Trung ương where the catalogue knows the code).

import { MarkupKind, type Hover, type MarkupContent, type Position } from 'vscode-languageserver-types';
import { typesByCode } from '../catalog/documentTypes';
import { decodeIssuer } from '../edits';
import { localize, msg, untranslated, type Message } from '../l10n/localize';
import { rules } from '../lint';
import type { DocumentModel, NumberLine, Regime, Segment } from '../model';
import { PARTS, partsOf, wholeOf, type PartId, type PresentPart } from '../model/parts';
import type { Analysis } from './analysis';
import { RULE_DOCS_BASE } from './diagnostics';
import type { LanguageServiceHost } from './host';

interface Part {
  readonly segments: readonly Segment[];
  readonly what: Message;
  /** The rule that checks the part, when one does. */
  readonly rule?: string;
  readonly extra?: Message[];
}

export function getHover(analysis: Analysis, position: Position, host: LanguageServiceHost): Hover | null {
  const { regime, language } = analysis;
  const t = (message: Message) => localize(language, message);
  const { line, character } = position;
  const hit = parts(analysis.model, regime).find((part) =>
    part.segments.some((segment) => segment.line === line && character >= segment.start && character <= segment.end));
  if (!hit) return null;
  const segment = hit.segments.find((item) => item.line === line)!;

  const rule = hit.rule ? rules().find((candidate) => candidate.id === hit.rule) : undefined;
  const basis = rule?.basis[regime] ?? rule?.basis.nd30;
  const lines: string[] = [`**${t(hit.what)}**`];
  if (hit.extra) lines.push('', ...hit.extra.map((item) => `- ${t(item)}`));
  if (basis) lines.push('', t(msg('Basis: {0}', basis)));
  if (rule) {
    // A rule's one-line description is shown when it reads in the user's language.
    const described = language === 'en' || untranslated([rule.description]).length === 0;
    lines.push('', `[${t(msg('Rule {0}', rule.id))}](${RULE_DOCS_BASE}${rule.id}.md)${described ? `: ${t(msg(rule.description))}` : ''}`);
  }
  const contents: MarkupContent = host.client.hoverMarkdown
    ? { kind: MarkupKind.Markdown, value: lines.join('\n') }
    : { kind: MarkupKind.PlainText, value: lines.join('\n').replace(/\*\*/g, '').replace(/\[([^[\]]+)\]\(([^()]+)\)/g, '$1 <$2>') };
  return { contents, range: { start: { line, character: segment.start }, end: { line, character: segment.end } } };
}

/**
 * The parts hover describes, from the one walk (model/parts.ts), each with the table's text and rule: a piece
 * the table gives no text of its own (a superior body, a recipient, the number's symbol line) is described
 * with its whole, so the issuing bodies, the recipients and the number are one hover each.
 */
function parts(model: DocumentModel, regime: Regime): Part[] {
  const found: (Part & { readonly id: PartId; readonly segments: Segment[] })[] = [];
  for (const present of partsOf(model)) {
    const id = PARTS[present.id].hover ? present.id : wholeOf(present.id);
    const info = PARTS[id];
    if (!info.hover) continue;
    const extra = extraOf(present, model, regime);
    const last = found[found.length - 1];
    if (last?.id === id && (id !== present.id || (!extra && !last.extra))) {
      last.segments.push(...present.segments);
      continue;
    }
    found.push({ id, segments: [...present.segments], what: info.hover, rule: info.rule, extra });
  }
  return found;
}

/** What hover adds about one part: the number decoded, the type's codes, the grounds' form, the signing form. */
function extraOf(present: PresentPart, model: DocumentModel, regime: Regime): Message[] | undefined {
  switch (present.id) {
    case 'number':
      return model.header.number ? decodeNumber(model.header.number, regime) : undefined;
    case 'type-name': {
      const codes = model.typeName?.type?.codes[regime === 'unknown' ? 'nd30' : regime] ?? [];
      return codes.length ? [msg('Type code: {0}', codes.join(' / '))] : undefined;
    }
    case 'grounds':
      return [regime === 'nd30' || regime === 'qppl' ? msg('One ground a line, each ending with ; and the last with .') : msg('One - line a ground, each ending with ; and the last with , before the enacting sentence')];
    case 'signing-authority': {
      const form = model.signature?.authorities.find((authority) => authority === present.segments[0])?.form;
      return form ? [msg('{0}: {1}', form.prefix, form.meaning)] : undefined;
    }
    default:
      return undefined;
  }
}

/** `Số 02-KL/BTCTW`: `02` the running number, `KL` kết luận, `BTCTW` Ban Tổ chức Trung ương. */
function decodeNumber(number: NumberLine, regime: Regime): Message[] {
  const family = number.shape === 'dang' ? 'dang' : regime === 'qppl' ? 'qppl' : 'nd30';
  const decoded: Message[] = [];
  decoded.push(number.number ? msg('{0}: the running number', number.number) : msg('The running number is left blank for the văn thư'));
  if (number.year) decoded.push(msg('{0}: the year of issue', number.year));
  if (number.typeCode) {
    const types = typesByCode(family, number.typeCode);
    decoded.push(types.length
      ? msg('{0}: type code of {1}', number.typeCode, types.map((type) => sentenceCase(type.name)).join(', '))
      : family === 'nd30' && number.issuerCode
        ? msg('{0}: issuer code (a công văn has no type code)', number.typeCode)
        : msg('{0}: a code the catalogue does not know', number.typeCode));
  }
  if (number.issuerCode) {
    for (const part of decodeIssuer(number.issuerCode, family)) {
      decoded.push(part.name ? msg('{0}: {1}', part.code, part.name) : msg('{0}: a code the catalogue does not know', part.code));
    }
  }
  return decoded;
}

function sentenceCase(name: string): string {
  const lower = name.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
