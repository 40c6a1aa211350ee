// Page geometry and type sizes per regime, from domain.md: Party HD 36 (A3, A12, A14) and state
// NĐ 30/2020 (B2, B3). Where the regulation gives a range, the value picked is the one NĐ 30's own worked
// example uses (Phụ lục I, Mục V); the Party margins are the ones three sources agree on (A14).

import { familyOf, type Family } from '../catalog/conventions';
import type { Regime } from '../model';

export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Type sizes in points for each part the renderer draws. */
export interface Sizes {
  readonly partyTitle: number;
  readonly nationalName: number;
  readonly motto: number;
  readonly issuer: number;
  readonly number: number;
  readonly placeDate: number;
  readonly letterSummary: number;
  readonly typeName: number;
  readonly summary: number;
  readonly body: number;
  readonly recipientsLabel: number;
  readonly recipient: number;
  readonly signature: number;
  readonly mark: number;
  readonly pageNumber: number;
}

export interface Geometry {
  /** The layout family: Party (two-column header with `*`) or state (national name and motto). */
  readonly family: Family;
  /** A4 in millimetres. */
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly margins: Margins;
  /** Distance of the page number from the top edge, mm. */
  readonly pageNumberTop: number;
  readonly sizes: Sizes;
  /** First-line indent of body paragraphs, mm. */
  readonly firstLineIndent: number;
  /** Space after a body paragraph, pt (both regimes ask for at least 6 pt). */
  readonly paragraphAfter: number;
  /** Line height as a multiple of the font size (single to 1.5 lines in NĐ 30). */
  readonly lineHeight: number;
  /** Share of the text width taken by the left header column. */
  readonly leftColumn: number;
}

export const FONT_STACK = ['Times New Roman', 'Liberation Serif', 'Tinos', 'serif'] as const;

const PARTY: Geometry = {
  family: 'dang',
  pageWidth: 210,
  pageHeight: 297,
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  pageNumberTop: 10,
  sizes: {
    partyTitle: 15, nationalName: 13, motto: 14, issuer: 14, number: 14, placeDate: 14, letterSummary: 12,
    typeName: 16, summary: 14, body: 14, recipientsLabel: 14, recipient: 12, signature: 14, mark: 14, pageNumber: 14,
  },
  firstLineIndent: 10,
  paragraphAfter: 6,
  lineHeight: 1.3,
  leftColumn: 0.45,
};

const STATE: Geometry = {
  family: 'nd30',
  pageWidth: 210,
  pageHeight: 297,
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  pageNumberTop: 10,
  sizes: {
    partyTitle: 15, nationalName: 12, motto: 13, issuer: 12, number: 13, placeDate: 14, letterSummary: 12,
    typeName: 14, summary: 14, body: 14, recipientsLabel: 12, recipient: 11, signature: 14, mark: 13, pageNumber: 14,
  },
  firstLineIndent: 10,
  paragraphAfter: 6,
  lineHeight: 1.25,
  leftColumn: 0.4,
};

/** A document whose regime is not yet clear is laid out as a state document (the more common one). */
export function geometryFor(regime: Regime): Geometry {
  return familyOf(regime) === 'dang' ? PARTY : STATE;
}
