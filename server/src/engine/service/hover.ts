// Hover from an analysis: on each header and closing part, what it is and the rule behind it, with a link to the rule's
// page; on the number and symbol, its decoding (`02` number, `KL` kết luận, `BTCTW` Ban Tổ chức
// Trung ương where the catalogue knows the code).

import { MarkupKind, type Hover, type MarkupContent, type Position } from 'vscode-languageserver-types';
import { typesByCode } from '../catalog/documentTypes';
import { decodeIssuer } from '../edits';
import { localize, msg, untranslated, type Message } from '../l10n/localize';
import { rules } from '../lint';
import type { DocumentModel, NumberLine, Regime, Segment } from '../model';
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

function parts(model: DocumentModel, regime: Regime): Part[] {
  const h = model.header;
  const found: Part[] = [];
  const one = (segment: Segment | undefined, what: Message, rule: string | undefined, extra?: Message[]) => {
    if (segment) found.push({ segments: [segment], what, rule, extra });
  };
  one(h.partyTitle, msg('Title of a Party document (tiêu đề): upper case, bold, at the top right'), 'header-title');
  one(h.nationalName, msg('National name (quốc hiệu): upper case, bold, at the top right'), 'header-title');
  one(h.motto, msg('Motto (tiêu ngữ), under the national name, with a rule beneath it'), 'header-title');
  if (h.issuerLines.length > 0) found.push({ segments: h.issuerLines, what: msg('Issuing body (tên cơ quan ban hành): the superior body, then the issuing body'), rule: 'issuer' });
  one(h.star, msg('The * under the issuing body of a Party document'), 'issuer');
  if (h.number) found.push({ segments: [h.number, ...(h.number.symbolLine ? [h.number.symbolLine] : [])], what: msg('Number and symbol (số và ký hiệu)'), rule: 'number-format', extra: decodeNumber(h.number, regime) });
  one(h.placeDate, msg('Place and date of issue (địa danh và ngày, tháng, năm)'), 'date-format');
  for (const mark of h.marks) one(mark, msg('Urgency, secrecy, circulation or draft mark'), undefined);
  if (model.typeName) {
    const type = model.typeName.type;
    const codes = type?.codes[regime === 'unknown' ? 'nd30' : regime] ?? [];
    one(model.typeName, msg('Type name (tên loại văn bản)'), 'type-name', codes.length ? [msg('Type code: {0}', codes.join(' / '))] : undefined);
  }
  if (model.summary.length > 0) found.push({ segments: model.summary, what: msg('Summary (trích yếu nội dung)'), rule: 'type-name' });
  if (model.grounds) {
    const state = regime === 'nd30' || regime === 'qppl';
    found.push({
      segments: model.grounds.items.flatMap((ground) => ground.lines),
      what: msg('Grounds of issuance (căn cứ ban hành)'), rule: 'grounds-format',
      extra: [state ? msg('One ground a line, each ending with ; and the last with .') : msg('One - line a ground, each ending with ; and the last with , before the enacting sentence')],
    });
  }
  if (model.addressees) found.push({ segments: [model.addressees.label, ...model.addressees.items.flatMap((item) => [item, ...item.continuation])], what: msg('Addressees (Kính gửi)'), rule: 'recipients-format' });
  if (model.recipients) {
    const r = model.recipients;
    found.push({ segments: [r.label, ...r.items.flatMap((item) => [item, ...item.continuation])], what: msg('Recipients (nơi nhận): one - line each, the archive line last'), rule: 'recipients-format' });
  }
  const s = model.signature;
  if (s) {
    for (const authority of s.authorities) {
      one(authority, msg('Signing authority (quyền hạn ký)'), 'signature-authority',
        authority.form ? [msg('{0}: {1}', authority.form.prefix, authority.form.meaning)] : undefined);
    }
    if (s.titles.length > 0) found.push({ segments: s.titles, what: msg('Title of the signer (chức vụ)'), rule: 'signature' });
    one(s.signedMark, msg('Signature mark'), 'signature');
    one(s.name, msg('Full name of the signer, without degrees or ranks'), 'signature');
  }
  return found;
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
