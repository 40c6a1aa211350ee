// Output formats CI systems read natively: JUnit XML (test reports of Jenkins, GitLab, Azure...), GitHub
// Actions workflow commands (annotations on the pull request), and GitLab Code Quality JSON.

import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Severity } from '../engine';
import type { FileReport } from './format';

/** JUnit XML: one test suite per file, one failing test case per finding, one passing case for a clean file. */
export function formatJunit(reports: readonly FileReport[]): string {
  const suites = reports.map((report) => {
    const failures = report.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').length;
    const cases = report.diagnostics.length === 0
      ? [`    <testcase classname="${xml(report.file)}" name="vanban"/>`]
      : report.diagnostics.map((d) => {
        const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
        const body = `${report.file}:${where} ${d.severity} ${d.rule} ${d.message}`;
        const failing = d.severity === 'error' || d.severity === 'warning';
        return `    <testcase classname="${xml(report.file)}" name="${xml(`${d.rule} ${where}`)}">\n`
          + (failing
            ? `      <failure type="${d.severity}" message="${xml(d.message)}">${xml(body)}</failure>\n`
            : `      <system-out>${xml(body)}</system-out>\n`)
          + '    </testcase>';
      });
    const tests = Math.max(report.diagnostics.length, 1);
    return `  <testsuite name="${xml(report.file)}" tests="${tests}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const tests = reports.reduce((n, r) => n + Math.max(r.diagnostics.length, 1), 0);
  const failures = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="vanban" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}

/** Text inside XML: markup escaped, and characters XML 1.0 forbids (C0 controls, lone surrogates) made U+FFFD. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const GITHUB_LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands, one per finding:
 * `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE::MESSAGE` (values escaped as the runner expects).
 */
export function formatGithub(reports: readonly FileReport[], cwd = process.cwd()): string {
  const lines: string[] = [];
  for (const report of reports) {
    const file = portablePath(report.file, cwd);
    for (const d of report.diagnostics) {
      const properties = [
        `file=${property(file)}`, `line=${d.range.start.line + 1}`, `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`, `endColumn=${d.range.end.character + 1}`, `title=${property(`vanban ${d.rule}`)}`,
      ];
      lines.push(`::${GITHUB_LEVEL[d.severity]} ${properties.join(',')}::${data(d.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const CODE_QUALITY_SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/**
 * GitLab Code Quality report (a JSON array). The fingerprint identifies a finding across commits: file, rule,
 * message and its rank among identical ones, not its line, so an edit above it does not make it "new".
 */
export function formatCodeQuality(reports: readonly FileReport[], cwd = process.cwd()): string {
  const issues = [];
  for (const report of reports) {
    const path = portablePath(report.file, cwd);
    const rank = new Map<string, number>();
    for (const d of report.diagnostics) {
      const key = `${path}\u0000${d.rule}\u0000${d.message}`;
      const n = (rank.get(key) ?? 0) + 1;
      rank.set(key, n);
      issues.push({
        type: 'issue',
        check_name: d.rule,
        description: d.message,
        categories: ['Style'],
        severity: CODE_QUALITY_SEVERITY[d.severity],
        fingerprint: createHash('sha256').update(`${key}\u0000${n}`).digest('hex'),
        location: {
          path,
          positions: {
            begin: { line: d.range.start.line + 1, column: d.range.start.character + 1 },
            end: { line: d.range.end.line + 1, column: d.range.end.character + 1 },
          },
        },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}

/** Relative to the working folder with forward slashes when inside it (what both CI systems resolve). */
function portablePath(file: string, cwd: string): string {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : absolute;
}
