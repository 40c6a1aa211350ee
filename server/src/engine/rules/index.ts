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
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  headerTitle, issuer, number, numberFormat, date, dateFormat, typeName, sectionNumbering, recipients,
  recipientsFormat, signature, signatureAuthority,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
