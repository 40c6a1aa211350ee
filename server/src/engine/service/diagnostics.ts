// Findings as LSP diagnostics: severity, the rule as code with a link to its page, and the fix carried
// in `data`, so a quick fix needs no second lint.

import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import { rules, type Diagnostic } from '../lint';
import type { Severity } from '../rules/rule';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where each rule's page is published. */
export const RULE_DOCS_BASE = 'https://github.com/vanban/vanban/blob/main/docs/rules/';

/** The source every diagnostic of ours carries. */
export const SOURCE = 'vanban';

const DOCUMENTED = new Set(rules().map((rule) => rule.id));

export function toLspDiagnostic(diagnostic: Diagnostic, uri?: string): LspDiagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.rule,
    codeDescription: DOCUMENTED.has(diagnostic.rule) ? { href: `${RULE_DOCS_BASE}${diagnostic.rule}.md` } : undefined,
    source: SOURCE,
    message: diagnostic.message,
    data: diagnostic.fix || diagnostic.severityAtRest ? { ...(diagnostic.fix ? { fix: diagnostic.fix } : {}), ...(diagnostic.severityAtRest ? { severityAtRest: diagnostic.severityAtRest } : {}) } : undefined,
    ...(uri && diagnostic.related ? { relatedInformation: diagnostic.related.map((place) => ({ location: { uri, range: place.range }, message: place.message })) } : {}),
  };
}
