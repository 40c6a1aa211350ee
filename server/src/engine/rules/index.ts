// The rule registry. Order is the order findings are reported in for one line.

import date from './date';
import dateFormat from './date-format';
import headerTitle from './header-title';
import issuer from './issuer';
import number from './number';
import numberFormat from './number-format';
import recipients from './recipients';
import recipientsFormat from './recipients-format';
import sectionNumbering from './section-numbering';
import signature from './signature';
import signatureAuthority from './signature-authority';
import typeName from './type-name';
import numberYear from './number-year';
import typeCode from './type-code';
import markSpelling from './mark-spelling';
import issuerCase from './issuer-case';
import issuerSeparator from './issuer-separator';
import letterSummary from './letter-summary';
import summaryFormat from './summary-format';
import summaryRule from './summary-rule';
import groundsFormat from './grounds-format';
import addresseeFormat from './addressee-format';
import recipientsAsAbove from './recipients-as-above';
import headingForm from './heading-form';
import bodyEnd from './body-end';
import citationSymbol from './citation-symbol';
import paragraphCase from './paragraph-case';
import signerTitle from './signer-title';
import titleBodyName from './title-body-name';
import partyDeputyForm from './party-deputy-form';
import deputyHeadTitle from './deputy-head-title';
import archiveLine from './archive-line';
import regimeMixing from './regime-mixing';
import issuerAuthority from './issuer-authority';
import unicodeNfc from './unicode-nfc';
import legacyEncoding from './legacy-encoding';
import syllableSpelling from './syllable-spelling';
import toneConsistency from './tone-consistency';
import adminUnitCase from './admin-unit-case';
import organisationCase from './organisation-case';
import doubleSpace from './double-space';
import punctuationSpacing from './punctuation-spacing';
import bracketsBalanced from './brackets-balanced';
import lookalikeCharacter from './lookalike-character';
import structureUnplaced from './structure-unplaced';
import controlCharacter from './control-character';
import commentUnclosed from './comment-unclosed';
import placeholderLeft from './placeholder-left';
import appendixReference from './appendix-reference';
import copyNumber from './copy-number';
import repeatedWord from './repeated-word';
import wordPageSize from './word-page-size';
import wordMargins from './word-margins';
import wordFont from './word-font';
import wordPartSize from './word-part-size';
import wordPartEmphasis from './word-part-emphasis';
import wordBodyAlignment from './word-body-alignment';
import wordFirstLineIndent from './word-first-line-indent';
import wordParagraphSpacing from './word-paragraph-spacing';
import wordLineSpacing from './word-line-spacing';
import wordPageNumber from './word-page-number';
import wordRuleLines from './word-rule-lines';
import wordPartAlignment from './word-part-alignment';
import wordLetterSummaryGap from './word-letter-summary-gap';
import wordHeadingLines from './word-heading-lines';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  headerTitle, issuer, number, numberFormat, date, dateFormat, typeName, sectionNumbering, recipients,
  recipientsFormat, signature, signatureAuthority,
  // The full catalogue: header and number, type name and summary, body, closing, text.
  issuerCase, issuerSeparator, numberYear, typeCode, markSpelling, letterSummary, summaryFormat, summaryRule,
  groundsFormat, addresseeFormat, headingForm, citationSymbol, paragraphCase, bodyEnd, recipientsAsAbove,
  archiveLine, signerTitle, titleBodyName, partyDeputyForm, deputyHeadTitle, regimeMixing, issuerAuthority,
  unicodeNfc, legacyEncoding, syllableSpelling, toneConsistency, adminUnitCase, organisationCase, doubleSpace,
  punctuationSpacing, bracketsBalanced, repeatedWord,
  // The reader's own findings.
  lookalikeCharacter, structureUnplaced,
  // Characters XML 1.0 forbids.
  controlCharacter,
  // Hidden text is never silent.
  commentUnclosed,
  // Template text and blanks left in; an appendix's reference line.
  placeholderLeft, appendixReference, copyNumber,
  // Formatting of a Word file: they run only when a .docx is linted.
  wordPageSize, wordMargins, wordFont, wordPartSize, wordPartEmphasis, wordBodyAlignment, wordFirstLineIndent, wordParagraphSpacing, wordLineSpacing, wordPageNumber, wordRuleLines, wordPartAlignment, wordLetterSummaryGap, wordHeadingLines,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
