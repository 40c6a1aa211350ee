// The type code in the symbol is one of the regime's catalogue (domain.md A6, B5). The code that matches
// the printed type name is number-format's concern; this rule catches codes that exist in no catalogue
// of the regime and the codes NĐ 30 replaced (`UQ`, `GN`, `TTh`, `NP`).

import { familyOf } from '../catalog/conventions';
import { DOCUMENT_TYPES, OUTDATED_STATE_CODES } from '../catalog/documentTypes';
import { msg } from '../l10n/localize';
import { symbolRange } from '../ranges';
import { defineRule } from './rule';

const PARTY_EXTRA = ['BS']; // copies (bản sao)
const STATE_EXTRA = ['SY', 'TrS', 'SL']; // sao y, trích sao, sao lục

export default defineRule({
  id: 'type-code',
  regimes: ['dang', 'nd30'],
  severity: 'warning',
  cheap: true,
  description: 'The type code is in the regime’s catalogue and is not an outdated code.',
  basis: {
    dang: 'Quy định 66-QĐ/TW, 399-QĐ/TW; HD 36-HD/VPTW, điểm 1.3',
    nd30: 'NĐ 30/2020/NĐ-CP, Phụ lục III, Mục I',
  },
  options: {
    partyRegulationCode: {
      type: 'enum', values: ['either', 'QĐ', 'QĐi'], default: 'either',
      description: 'The code of a Party quy định: QĐ and QĐi both occur (UNVERIFIED); either accepts both, the other two note the other code.',
    },
  },
  check({ model, regime, options, report }) {
    const number = model.header.number;
    const code = number?.typeCode?.replace(/\s+/g, '');
    if (!number || !code) return;
    // A state công văn's symbol starts with the issuer: there is no type code to look up.
    if (regime === 'nd30' && (model.documentType?.isLetter || !model.typeName)) return;
    const range = symbolRange(number);
    if (regime === 'nd30' && OUTDATED_STATE_CODES[code]) {
      report({
        range,
        message: msg('{0} is an outdated type code (TT 01/2011); NĐ 30 uses {1}', code, OUTDATED_STATE_CODES[code]),
        severity: 'error',
      });
      return;
    }
    const family = familyOf(regime);
    // The Party quy định: QĐ and QĐi both occur; an option (dang-hd05: QĐ) that prefers one notes the other (information).
    const preferred = options.partyRegulationCode;
    if (regime === 'dang' && model.documentType?.id === 'quy-dinh' && preferred !== 'either' && (code === 'QĐ' || code === 'QĐi') && code !== preferred) {
      report({ range, message: msg('This profile writes the Party quy định with the code {0}, not {1}', preferred, code), severity: 'info' });
      return;
    }
    // A code that does not match a known type name is number-format's finding.
    if (model.documentType && (model.documentType.codes[family]?.length ?? 0) > 0) return;
    // A type whose code in this regime no source gives (Party quy hoạch, dự án, thông cáo...: UNVERIFIED)
    // is only noted: the code may be right.
    const unverified = model.documentType !== undefined;
    const known = new Set(DOCUMENT_TYPES.flatMap((type) => type.codes[family] ?? []));
    for (const extra of regime === 'dang' ? PARTY_EXTRA : STATE_EXTRA) known.add(extra);
    if (regime === 'dang') known.add('QĐi');
    if (known.has(code)) return;
    report({ range, message: msg('{0} is not a type code of this regime’s catalogue', code), severity: unverified ? 'info' : undefined });
  },
});
