// Output formats of `vanban lint`: text (`file:line:col severity rule message`) and JSON (design §5).

import { msg, type Diagnostic } from '../engine';
import type { Say } from './lang';

export interface FileReport {
  readonly file: string;
  readonly profile: string;
  /** The regime the file was checked under (detected for the auto profile). */
  readonly regime: string;
  readonly diagnostics: readonly Diagnostic[];
  /** For a Word file: the paragraph (0-based) of each line of its extracted text. */
  readonly paragraphOfLine?: readonly number[];
}

const COLOURS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };

export function formatText(reports: readonly FileReport[], colour: boolean, say: Say): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const where = `${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const severity = colour ? `${COLOURS[d.severity]}${d.severity}\x1b[0m` : d.severity;
      const paragraph = report.paragraphOfLine?.[d.range.start.line];
      lines.push(`${where} ${severity} ${d.rule} ${d.message}${paragraph === undefined ? '' : ` [¶${paragraph + 1}]`}`);
    }
  }
  const counts = countBySeverity(reports);
  lines.push(say(msg('{0} file(s) checked: {1} error(s), {2} warning(s), {3} other finding(s)', reports.length, counts.error, counts.warning, counts.info + counts.hint)));
  return `${lines.join('\n')}\n`;
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports.map((report) => ({
    file: report.file,
    profile: report.profile,
    regime: report.regime,
    diagnostics: report.diagnostics.map((d) => ({
      rule: d.rule, severity: d.severity, message: d.message, range: d.range,
      ...(report.paragraphOfLine ? { paragraph: report.paragraphOfLine[d.range.start.line] } : {}),
    })),
  })), null, 2)}\n`;
}

export function countBySeverity(reports: readonly FileReport[]): Record<'error' | 'warning' | 'info' | 'hint', number> {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) for (const d of report.diagnostics) counts[d.severity]++;
  return counts;
}
