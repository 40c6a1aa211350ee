// How each part of the page is set: size, weight, slant, alignment, rules. One table for the HTML
// preview and the .docx export (domain.md A3 and B3).

import type { Geometry } from './geometry';
import type { Role } from './block';

export interface PartStyle {
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly align: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent, mm. */
  readonly indent: number;
  /** A drawn rule under the text: as long as the text, or a short centred one (1/3 of the column). */
  readonly ruleBelow?: 'text' | 'short';
  /** Extra space before, pt (the room for the hand signature before the signer's name). */
  readonly spaceBefore: number;
  readonly spaceAfter: number;
}

export function styleOf(role: Role, geometry: Geometry): PartStyle {
  const { sizes, family } = geometry;
  const party = family === 'dang';
  const base: PartStyle = { size: sizes.body, bold: false, italic: false, underline: false, align: 'center', indent: 0, spaceBefore: 0, spaceAfter: 0 };
  switch (role) {
    case 'partyTitle': return { ...base, size: sizes.partyTitle, bold: true, ruleBelow: 'text', spaceAfter: 6 };
    case 'nationalName': return { ...base, size: sizes.nationalName, bold: true };
    case 'motto': return { ...base, size: sizes.motto, bold: true, ruleBelow: 'text', spaceAfter: 6 };
    case 'superior': return { ...base, size: sizes.issuer };
    case 'issuer': return { ...base, size: sizes.issuer, bold: true, ruleBelow: party ? undefined : 'short' };
    case 'star': return { ...base, size: sizes.issuer };
    case 'number': return { ...base, size: sizes.number, spaceBefore: party ? 0 : 6 };
    case 'placeDate': return { ...base, size: sizes.placeDate, italic: true, spaceBefore: party ? 0 : 6 };
    case 'mark': return { ...base, size: sizes.mark, bold: true, spaceBefore: 6 };
    case 'letterSummary': return { ...base, size: sizes.letterSummary, italic: party, spaceBefore: 6 };
    case 'headerOther': return { ...base, size: sizes.issuer };
    case 'typeName': return { ...base, size: sizes.typeName, bold: true, spaceBefore: 18 };
    case 'summary': return { ...base, size: sizes.summary, bold: true };
    case 'summaryRule': return { ...base, size: sizes.summary, ruleBelow: party ? undefined : 'short', spaceAfter: 12 };
    case 'addresseesLabel': return { ...base, align: 'left', italic: party, indent: 25, spaceBefore: 6, spaceAfter: 6 };
    case 'addressee': return { ...base, align: 'left', indent: 35, spaceAfter: 3 };
    case 'sectionHeading': return { ...base, bold: true, spaceBefore: 6, spaceAfter: 3 };
    case 'centred': return { ...base, bold: true, spaceBefore: 6, spaceAfter: geometry.paragraphAfter };
    case 'strongHeading': return { ...base, align: 'justify', bold: true, indent: geometry.firstLineIndent, spaceAfter: geometry.paragraphAfter };
    case 'grounds': return { ...base, align: 'justify', italic: !party, indent: geometry.firstLineIndent, spaceAfter: geometry.paragraphAfter };
    case 'paragraph': return { ...base, align: 'justify', indent: geometry.firstLineIndent, spaceAfter: geometry.paragraphAfter };
    case 'recipientsLabel': return { ...base, align: 'left', size: sizes.recipientsLabel, bold: !party, italic: !party, underline: party };
    case 'recipient': return { ...base, align: 'left', size: sizes.recipient };
    case 'authority': return { ...base, size: sizes.signature, bold: true };
    case 'title': return { ...base, size: sizes.signature, bold: !party };
    case 'signedMark': return { ...base, size: sizes.signature, italic: true, spaceBefore: 12 };
    case 'signerName': return { ...base, size: sizes.signature, bold: true, spaceBefore: 60 };
    case 'extra': return { ...base, align: 'left', spaceAfter: 3 };
    case 'attachment': return { ...base, align: 'justify', indent: geometry.firstLineIndent, spaceAfter: geometry.paragraphAfter };
    case 'missing': return { ...base, size: sizes.body, italic: true, spaceBefore: 3, spaceAfter: 3 };
    case 'hidden': return { ...base, align: 'left', italic: true, spaceAfter: 3 };
  }
}
