// SARIF 2.1.0 output (OASIS Static Analysis Results Interchange Format), for code-scanning pipelines.
// Columns stay LSP's UTF-16 code units (SARIF's default columnKind), made 1-based.

import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localize, rules, type Diagnostic, type Language, type Severity } from '../engine';
import type { Range } from '../engine';
import { version } from '../../../package.json';
import type { FileReport } from './format';
import { readTextFile } from '../node/read';

/** Same pages the language server links each diagnostic to. */
const RULE_DOCS_BASE = 'https://github.com/vanban/vanban/blob/main/docs/rules/';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface Failure {
  readonly file: string;
  readonly message: string;
}

export function formatSarif(reports: readonly FileReport[], failures: readonly Failure[], language: Language, cwd = process.cwd()): string {
  const ruleList = rules();
  const ruleIndex = new Map(ruleList.map((rule, index) => [rule.id, index]));
  const location = (file: string) => artifactLocation(file, cwd);
  const results = reports.flatMap((report) => report.diagnostics.map((d) => ({
    ruleId: d.rule,
    ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: location(report.file), region: region(d.range) } }],
    ...fixes(d, location(report.file)),
    properties: {
      severity: d.severity, profile: report.profile, regime: report.regime,
      ...(report.paragraphOfLine ? { paragraph: report.paragraphOfLine[d.range.start.line] } : {}),
    },
  })));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'vanban',
          version,
          informationUri: 'https://github.com/vanban/vanban',
          rules: ruleList.map((rule) => ({
            id: rule.id,
            name: ruleName(rule.id),
            shortDescription: { text: localize(language, { text: rule.description, args: [] }) },
            ...pageDescriptions(rule.id, language),
            helpUri: `${RULE_DOCS_BASE}${language === 'en' ? 'en/' : ''}${rule.id}.md`,
            defaultConfiguration: { level: LEVEL[rule.severity] },
            properties: { regimes: rule.regimes, basis: rule.basis },
          })),
        },
      },
      invocations: [{
        executionSuccessful: failures.length === 0,
        toolExecutionNotifications: failures.map((failure) => ({
          level: 'error',
          message: { text: failure.message },
          locations: [{ physicalLocation: { artifactLocation: location(failure.file) } }],
        })),
      }],
      originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The rule's name as code scanning shows it: `number-format` -> `NumberFormat`. */
function ruleName(id: string): string {
  return id.split('-').map((word) => word[0].toUpperCase() + word.slice(1)).join('');
}

/** Where the rule pages are: beside dist/ in the package, at the repository's root from the sources. */
const PAGE_FOLDERS = [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')];

/** The page of a rule in the language (docs/rules/<id>.md, docs/rules/en/<id>.md), as shipped; undefined if absent. */
function rulePage(id: string, language: Language): string | undefined {
  for (const folder of PAGE_FOLDERS) {
    try {
      // Through the one reader, like every file the tool reads.
      return readTextFile(join(folder, ...(language === 'en' ? ['en', `${id}.md`] : [`${id}.md`])), 'draft').text;
    } catch {
      // the next place
    }
  }
  return undefined;
}

/** fullDescription (what the rule checks) and help (the whole page, text and Markdown) from the rule's page. */
function pageDescriptions(id: string, language: Language): { fullDescription?: { text: string }; help?: { text: string; markdown: string } } {
  const page = rulePage(id, language);
  if (!page) return {};
  const body = page.replace(/^# .*\n+/, '').trim();
  // The first section (what the rule checks): from its heading's line to the next heading.
  const first = body.split('\n## ')[1];
  const checks = first?.slice(first.indexOf('\n') + 1).trim();
  const plain = body.replace(/^```[^\n]*$/gm, '').replace(/`/g, '').replace(/^#+ /gm, '').replace(/\*\*/g, '');
  return { ...(checks ? { fullDescription: { text: checks.replace(/`/g, '') } } : {}), help: { text: plain, markdown: body } };
}

/** A path under the working folder is relative to %SRCROOT% (as code scanning expects); others absolute. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(absolute).href };
}

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A fix with edits becomes a SARIF fix; `suggest` fixes have none. */
function fixes(d: Diagnostic, artifact: { uri: string; uriBaseId?: string }) {
  if (!d.fix || d.fix.edits.length === 0) return {};
  return {
    fixes: [{
      description: { text: d.fix.title },
      artifactChanges: [{
        artifactLocation: artifact,
        replacements: d.fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })),
      }],
      properties: { safety: d.fix.safety },
    }],
  };
}
