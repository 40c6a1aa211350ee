// What the page is made of: blocks, each a line or paragraph of the printed page in one style; the styles by
// name (each a class of the preview, `vb-<role>`, and a paragraph style of the .docx); and the style each
// part of the document (model/parts.ts) is drawn with. The layout builds blocks; the preview, the .docx and
// the source-text restorer read them.

import type { PartId } from '../model/parts';
import type { Run } from './inline';

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
  // a line no part above placed, shown where it stands; text after the closing (an appendix, a note)
  | 'extra' | 'attachment'
  // text an unclosed `<!--` hides from the reader: shown, marked, never dropped (comment-unclosed reports it)
  | 'hidden'
  // a required part the engine reports missing
  | 'missing';

/** The style each part is drawn with: the page's class for it (`vb-partyTitle`), by the part's id (model/parts.ts). */
export const ROLE: Partial<Record<PartId, Role>> = {
  'party-title': 'partyTitle', 'national-name': 'nationalName', motto: 'motto', 'superior-body': 'superior', issuer: 'issuer',
  star: 'star', number: 'number', 'place-date': 'placeDate', mark: 'mark', 'letter-summary': 'letterSummary',
  'type-name': 'typeName', summary: 'summary', 'summary-rule': 'summaryRule', addressee: 'addressee', grounds: 'grounds',
  'recipients-label': 'recipientsLabel', recipient: 'recipient', 'signing-authority': 'authority', 'signer-title': 'title',
  'signed-mark': 'signedMark', 'signer-name': 'signerName',
};

export interface Block {
  readonly role: Role;
  readonly runs: readonly Run[];
  /** The source line the block comes from (for click-to-reveal and scroll sync); -1 for none. */
  readonly line: number;
  /** For a placeholder: the rule that reported the part missing and its message. */
  readonly missing?: { readonly rule: string; readonly message: string };
  /** The last source line of a paragraph joined from several lines. */
  readonly lastLine?: number;
  /** The columns of the source line the block shows, when it shows one cell of it (a two-column header line). */
  readonly columns?: readonly [number, number];
  /** For a paragraph joined from several lines: the piece of each line it shows. */
  readonly pieces?: readonly { readonly line: number; readonly columns: readonly [number, number] }[];
}
