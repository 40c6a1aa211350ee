// The one table of a document's parts: each part's stable id, its names (through the l10n layer), where it
// sits, in which families it is printed and which rule reports it missing; and `partsOf(model)`, the one
// walk over the model that lists the parts a draft holds with their source segments. Hover, the outline,
// the formatting rules, the page layout, the presence rules and insert-missing all read this table, so a
// part has one id and one set of names everywhere.

import { familyOf, PARTY_TITLE, type Family } from '../catalog/conventions';
import { msg, type Message } from '../l10n/localize';
import type { DocumentModel, Regime, Segment } from '../model';

export type PartId =
  // header
  | 'title' | 'party-title' | 'national-name' | 'motto'
  | 'issuer' | 'superior-body' | 'star' | 'number' | 'number-symbol' | 'place-date' | 'mark'
  // title
  | 'type-name' | 'summary' | 'letter-summary' | 'summary-rule'
  // body
  | 'addressees' | 'addressee' | 'grounds' | 'body'
  // closing
  | 'recipients' | 'recipients-label' | 'recipient'
  | 'signature' | 'signing-authority' | 'signer-title' | 'signed-mark' | 'signer-name'
  // after the closing
  | 'attachment';

/** Where a part is printed: the header band, the centred title, the body, the closing band, after it. */
export type PartSection = 'header' | 'title' | 'body' | 'closing' | 'after';

export interface PartPresence {
  /** The families whose documents print the part. */
  readonly families: readonly Family[];
  /** `always`: every document of those families; `by-type`: where the document's type asks for it. */
  readonly when: 'always' | 'by-type';
  /** The rule that reports the part missing, its finding's `part` set to this id. */
  readonly rule: string;
}

export interface PartInfo {
  readonly id: PartId;
  readonly section: PartSection;
  /** The part this one is a piece of (`superior-body` of `issuer`, `recipient` of `recipients`). */
  readonly whole?: PartId;
  /** Its name as a label (the outline's detail, a heading). */
  readonly name: Message;
  /** Its name as the subject of a sentence (the formatting rules' messages). */
  readonly subject?: Message;
  /** What hover says about it, and the rule that checks it (hover links the rule's page). */
  readonly hover?: Message;
  readonly rule?: string;
  /** Whether a document must print it; absent: the part may be there or not. */
  readonly presence?: PartPresence;
  /** The title of insert-missing's fix that puts it back; absent: no text can stand for it. */
  readonly insert?: Message;
}

const BOTH: readonly Family[] = ['dang', 'nd30'];
const always = (rule: string, families = BOTH): PartPresence => ({ families, when: 'always', rule });

const TABLE: readonly PartInfo[] = [
  { id: 'title', section: 'header', name: msg('Title'), presence: always('header-title') },
  {
    id: 'party-title', section: 'header', whole: 'title', name: msg('Title'), subject: msg('The title {0}', PARTY_TITLE),
    hover: msg('Title of a Party document (tiêu đề): upper case, bold, at the top right'), rule: 'header-title',
    presence: always('header-title', ['dang']), insert: msg('Insert the title {0}', PARTY_TITLE),
  },
  {
    id: 'national-name', section: 'header', whole: 'title', name: msg('National name'), subject: msg('The national name'),
    hover: msg('National name (quốc hiệu): upper case, bold, at the top right'), rule: 'header-title',
    presence: always('header-title', ['nd30']), insert: msg('Insert the national name and motto'),
  },
  {
    id: 'motto', section: 'header', name: msg('Motto'), subject: msg('The motto'),
    hover: msg('Motto (tiêu ngữ), under the national name, with a rule beneath it'), rule: 'header-title',
    presence: always('header-title', ['nd30']), insert: msg('Insert the motto'),
  },
  {
    id: 'issuer', section: 'header', name: msg('Issuing body'), subject: msg('The issuing body\'s name'),
    hover: msg('Issuing body (tên cơ quan ban hành): the superior body, then the issuing body'), rule: 'issuer',
    presence: always('issuer'), insert: msg('Insert the issuing body'),
  },
  { id: 'superior-body', section: 'header', whole: 'issuer', name: msg('Superior body'), subject: msg('The superior body\'s name') },
  {
    id: 'star', section: 'header', name: msg('The * line'), hover: msg('The * under the issuing body of a Party document'), rule: 'issuer',
    presence: always('issuer', ['dang']),
  },
  {
    id: 'number', section: 'header', name: msg('Number and symbol'), subject: msg('The number and symbol'),
    hover: msg('Number and symbol (số và ký hiệu)'), rule: 'number-format',
    presence: always('number'), insert: msg('Insert the number and symbol line'),
  },
  { id: 'number-symbol', section: 'header', whole: 'number', name: msg('Number and symbol') },
  {
    id: 'place-date', section: 'header', name: msg('Place and date'), subject: msg('The place and date'),
    hover: msg('Place and date of issue (địa danh và ngày, tháng, năm)'), rule: 'date-format',
    presence: always('date'), insert: msg('Insert the place and date line (today)'),
  },
  { id: 'mark', section: 'header', name: msg('Mark'), hover: msg('Urgency, secrecy, circulation or draft mark') },
  {
    id: 'type-name', section: 'title', name: msg('Type name'), subject: msg('The type name'),
    hover: msg('Type name (tên loại văn bản)'), rule: 'type-name',
    presence: { families: BOTH, when: 'by-type', rule: 'type-name' }, insert: msg('Insert the type name and summary'),
  },
  {
    id: 'summary', section: 'title', name: msg('Summary'), subject: msg('The summary'),
    hover: msg('Summary (trích yếu nội dung)'), rule: 'type-name',
    presence: always('type-name'), insert: msg('Insert the summary'),
  },
  // A công văn's summary: printed under its number, read as its title.
  {
    id: 'letter-summary', section: 'title', whole: 'summary', name: msg('Summary'), subject: msg('The summary of the letter (V/v)'),
  },
  { id: 'summary-rule', section: 'title', name: msg('The ----- line'), presence: always('summary-rule', ['dang']) },
  {
    id: 'addressees', section: 'body', name: msg('Addressees'),
    hover: msg('Addressees (Kính gửi)'), rule: 'recipients-format',
  },
  { id: 'addressee', section: 'body', whole: 'addressees', name: msg('Addressee'), subject: msg('The Kính gửi line') },
  {
    id: 'grounds', section: 'body', name: msg('Grounds'), subject: msg('The grounds of issuance'),
    hover: msg('Grounds of issuance (căn cứ ban hành)'), rule: 'grounds-format',
  },
  { id: 'body', section: 'body', name: msg('Body text'), subject: msg('Body text') },
  {
    id: 'recipients', section: 'closing', name: msg('Recipients'),
    hover: msg('Recipients (nơi nhận): one - line each, the archive line last'), rule: 'recipients-format',
    presence: { families: BOTH, when: 'by-type', rule: 'recipients' }, insert: msg('Insert the recipients block'),
  },
  { id: 'recipients-label', section: 'closing', whole: 'recipients', name: msg('Recipients label'), subject: msg('The Nơi nhận label') },
  { id: 'recipient', section: 'closing', whole: 'recipients', name: msg('Recipient'), subject: msg('The recipient line') },
  {
    id: 'signature', section: 'closing', name: msg('Signature'),
    presence: always('signature'), insert: msg('Insert the signature block'),
  },
  {
    id: 'signing-authority', section: 'closing', whole: 'signature', name: msg('Signing authority'), subject: msg('The signing authority'),
    hover: msg('Signing authority (quyền hạn ký)'), rule: 'signature-authority',
  },
  {
    id: 'signer-title', section: 'closing', whole: 'signature', name: msg('Signer\'s title'), subject: msg('The signer\'s title'),
    hover: msg('Title of the signer (chức vụ)'), rule: 'signature', presence: always('signature'),
  },
  { id: 'signed-mark', section: 'closing', whole: 'signature', name: msg('Signature mark'), hover: msg('Signature mark'), rule: 'signature' },
  {
    id: 'signer-name', section: 'closing', whole: 'signature', name: msg('Signer\'s name'), subject: msg('The signer\'s name'),
    hover: msg('Full name of the signer, without degrees or ranks'), rule: 'signature', presence: always('signature'),
  },
  { id: 'attachment', section: 'after', name: msg('Attachment') },
];

/** The name of a section that groups parts (the outline's header). */
export const SECTION_NAMES: Partial<Record<PartSection, Message>> = { header: msg('Header') };

/** The table by id. */
export const PARTS: Readonly<Record<PartId, PartInfo>> = Object.fromEntries(TABLE.map((info) => [info.id, info])) as Record<PartId, PartInfo>;

/** Every part id, in the table's order (the order a page prints them). */
export const PART_IDS: readonly PartId[] = TABLE.map((info) => info.id);

/** Whether a document of `regime` prints the part (an unknown regime: neither family's own parts). */
export function printedIn(part: PartId, regime: Regime): boolean {
  const presence = PARTS[part].presence;
  if (!presence || presence.families.length === BOTH.length) return true;
  return regime !== 'unknown' && presence.families.includes(familyOf(regime));
}

/** Whether the documents of a family print the part (the page's layout family). */
export function inFamily(part: PartId, family: Family): boolean {
  return PARTS[part].presence?.families.includes(family) ?? true;
}

/** A part a draft holds: its id and its segments in the source, in order. */
export interface PresentPart {
  readonly id: PartId;
  readonly segments: readonly Segment[];
  /** The last line a part spans beyond its segments (an attachment runs to the next one). */
  readonly lastLine?: number;
}

/**
 * The parts the model holds, in the order the page prints them; one entry per printed item (each issuer
 * line, mark, ground, recipient, signing authority), so a consumer that wants a whole groups the entries by
 * `PARTS[id].whole`. The addressees' first entry is their `Kính gửi` line. Parts the reader did not find
 * are not listed: a missing part is a presence rule's finding, never a consumer's own guess.
 */
export function partsOf(model: DocumentModel): PresentPart[] {
  const out: PresentPart[] = [];
  const one = (id: PartId, segment: Segment | undefined) => { if (segment) out.push({ id, segments: [segment] }); };
  const many = (id: PartId, segments: readonly Segment[]) => { if (segments.length > 0) out.push({ id, segments }); };
  const { header, signature, recipients, addressees } = model;
  one('party-title', header.partyTitle);
  one('national-name', header.nationalName);
  one('motto', header.motto);
  // Of several issuer lines the last is the issuing body for certain; the earlier ones are its superior
  // body or the first half of a long name.
  header.issuerLines.forEach((line, i) => one(i === header.issuerLines.length - 1 ? 'issuer' : 'superior-body', line));
  one('star', header.star);
  one('number', header.number);
  // The symbol printed on a line of its own (`Số: 181` / `/BC-SNV`).
  one('number-symbol', header.number?.symbolLine);
  one('place-date', header.placeDate);
  for (const mark of header.marks) one('mark', mark);
  one('type-name', model.typeName);
  many(model.typeName ? 'summary' : 'letter-summary', model.summary);
  one('summary-rule', model.summaryRule);
  if (addressees) {
    one('addressee', addressees.label);
    // An addressee wrapped over lines is one entry with all its lines.
    for (const item of addressees.items) out.push({ id: 'addressee', segments: [item, ...item.continuation] });
  }
  for (const ground of model.grounds?.items ?? []) many('grounds', ground.lines);
  many('body', model.body.paragraphs);
  if (recipients) {
    one('recipients-label', recipients.label);
    for (const item of recipients.items) out.push({ id: 'recipient', segments: [item, ...item.continuation] });
  }
  if (signature) {
    for (const authority of signature.authorities) one('signing-authority', authority);
    many('signer-title', signature.titles);
    one('signed-mark', signature.signedMark);
    one('signer-name', signature.name);
  }
  for (const attachment of model.attachments ?? []) out.push({ id: 'attachment', segments: [attachment.title], lastLine: attachment.lastLine });
  return out;
}

/** The header's lines: its parts' segments, and the later lines of a phrase or a date broken over lines. */
export function headerSegments(model: DocumentModel): Segment[] {
  const h = model.header;
  const broken = [...(h.placeDate?.pieces ?? []), h.nationalName?.rest, h.motto?.rest].filter((segment): segment is Segment => segment !== undefined);
  return [...partsOf(model).filter((part) => PARTS[part.id].section === 'header').flatMap((part) => part.segments), ...broken];
}

/** The part as the subject of a sentence (the formatting rules' messages): its subject, else its name. */
export function subjectOf(part: PartId): Message {
  return PARTS[part].subject ?? PARTS[part].name;
}

/** The whole a part belongs to: itself when it is one. */
export function wholeOf(part: PartId): PartId {
  return PARTS[part].whole ?? part;
}
