// Regime detection from the header, the number line and the signing forms (domain.md section 1).

import type { Header, Regime, Segment, SignatureBlock, TypeName } from '../model';
import { NORMATIVE_TYPE_IDS, type DocumentTypeInfo } from '../catalog/documentTypes';
import { ASSOCIATION, OWN_GUIDANCE } from '../catalog/bodyNames';

export interface RegimeEvidence {
  readonly header: Header;
  readonly signature?: SignatureBlock;
  readonly documentType?: DocumentTypeInfo;
  readonly summary: readonly Segment[];
  readonly typeName?: TypeName;
}

/** The issuer line that puts the document outside both regimes (a mass organisation; a Hội without the national name). */
export function outsideRegimes(header: Header): Segment | undefined {
  if (header.partyTitle) return undefined;
  for (const line of [...header.issuerLines, ...header.other]) {
    if (line.text.length > 120) continue;
    const upper = line.text.toUpperCase();
    if (OWN_GUIDANCE.test(upper) || (!header.nationalName && ASSOCIATION.test(upper))) return line;
  }
  return undefined;
}

export function detectRegime(evidence: RegimeEvidence): Regime {
  const { header, signature, documentType } = evidence;
  if (outsideRegimes(header)) return 'unknown';
  let dang = 0;
  let state = 0;
  if (header.partyTitle) dang += 4;
  if (header.nationalName) state += 4;
  if (header.motto) state += 3;
  if (header.star) dang += 1;
  const number = header.number;
  if (number?.shape === 'dang') dang += 2;
  if (number?.shape === 'nd30') state += 2;
  if (number && !number.hasColon) dang += 1;
  if (number?.hasColon) state += 1;
  for (const authority of signature?.authorities ?? []) {
    if (authority.form?.regime === 'dang' || authority.prefix === 'T/U') dang += 2;
    if (authority.form?.regime === 'nd30') state += 2;
  }
  if (evidence.summary.some((segment) => /^V\/v\b/iu.test(segment.text))) state += 1;
  if (dang === 0 && state === 0) return 'unknown';
  if (dang > state) return 'dang';
  // A year in the number (`30/2020/NĐ-CP`, `66.18/2026/NQ-CP`) or an act named before it (`Luật số:`)
  // makes it normative, whatever the type (a Government NGHỊ QUYẾT is one).
  const normative = number?.year !== undefined || number?.act !== undefined
    || (documentType !== undefined && NORMATIVE_TYPE_IDS.has(documentType.id));
  return normative ? 'qppl' : 'nd30';
}
