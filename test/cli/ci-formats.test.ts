// The formats CI systems read, each checked by what reads it: JUnit XML through a real XML parser,
// GitHub Actions annotations against the workflow-command syntax, GitLab Code Quality JSON with stable,
// unique fingerprints; and the options around them (--quiet, --min-severity, --output-file, --print-config,
// --version).

import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ROOT } from '../helpers';
import { rules } from '../../server/src/engine';
import { FIXTURES, vanban } from './run';

const fixture = (name: string) => join('test', 'fixtures', 'cli', name);
// ::error file=F,line=1,col=1,endLine=1,endColumn=5,title=T::message — in values, %, CR, LF, ':' and ','
// only as %25 %0D %0A %3A %2C; in the message, %, CR and LF escaped.
const VALUE = '(?:[^,:%\\r\\n]|%(?:25|0D|0A|3A|2C))+';
const ANNOTATION = new RegExp(`^::(error|warning|notice) file=(${VALUE}),line=(\\d+),col=(\\d+),endLine=(\\d+),endColumn=(\\d+),title=(${VALUE})::((?:[^%\\r\\n]|%(?:25|0D|0A))*)$`);

describe('vanban lint CI formats', () => {
  it('junit: a well-formed JUnit report, one suite per file, one failure per error or warning', () => {
    const run = vanban(['lint', FIXTURES, '--format', 'junit']);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(XMLValidator.validate(run.stdout), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(run.stdout);
    const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: { name: string; failure?: { type: string; message: string } }[] }[];
    assert.equal(suites.length, 4);
    const fixable = suites.find((s) => s.name.endsWith('fixable.vanban'))!;
    assert.equal(fixable.failures, '2');
    assert.deepEqual(fixable.testcase.map((c) => [c.name, c.failure?.type]), [['number-format 4:1', 'error'], ['recipients-format 29:1', 'warning']]);
    assert.match(fixable.testcase[0].failure!.message, /Số 11-KL\/HU/);
    const clean = suites.find((s) => s.name.endsWith('clean.vanban'))!;
    assert.deepEqual([clean.tests, clean.failures, clean.testcase[0].failure], ['1', '0', undefined]);
    assert.equal(doc.testsuites.failures, String(suites.reduce((n, s) => n + Number(s.failures), 0)));
  });

  it('junit: markup and characters XML forbids in a message cannot break the report', () => {
    const text = readFileSync(join(FIXTURES, 'fixable.vanban'), 'utf8').replace('Số 11 - KL/HU', 'Số 11 - KL/HU <&"\u0001>');
    const run = vanban(['lint', '-', '--stdin-filename', 'a<b>&"c".vanban', '--format', 'junit'], { input: text });
    assert.equal(XMLValidator.validate(run.stdout), true, run.stdout);
  });

  it('github: one workflow command per finding, in the runner\'s syntax and escaping', () => {
    const run = vanban(['lint', FIXTURES, '--format', 'github']);
    assert.equal(run.code, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 4);
    for (const line of lines) assert.match(line, ANNOTATION);
    const first = ANNOTATION.exec(lines.find((l) => l.includes('number-format'))!)!;
    assert.deepEqual(first.slice(1, 8), ['error', fixture('fixable.vanban'), '4', '1', '4', first[6], 'vanban number-format']);
    assert.ok(lines.some((l) => l.startsWith('::warning ')));
    // A message with a newline, % and a colon in the file name are escaped, not split.
    const hostile = vanban(['lint', '-', '--stdin-filename', 'a:b,c%.vanban', '--format', 'github'], { input: readFileSync(join(FIXTURES, 'fixable.vanban'), 'utf8') });
    for (const line of hostile.stdout.trimEnd().split('\n')) {
      assert.match(line, ANNOTATION);
      assert.match(line, /file=a%3Ab%2Cc%25\.vanban,/);
    }
  });

  it('codequality: GitLab issues with severity, location and a unique fingerprint that survives a shifted line', () => {
    const run = vanban(['lint', FIXTURES, '--format', 'codequality']);
    const issues = JSON.parse(run.stdout) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; positions: { begin: { line: number } } } }[];
    assert.equal(issues.length, 4);
    for (const issue of issues) {
      assert.match(issue.fingerprint, /^[0-9a-f]{64}$/);
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity));
      assert.ok(issue.description && issue.check_name && issue.location.path && issue.location.positions.begin.line >= 1);
    }
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'unique');
    const text = readFileSync(join(FIXTURES, 'fixable.vanban'), 'utf8');
    const print = (input: string) => (JSON.parse(vanban(['lint', '-', '--stdin-filename', 'd.vanban', '--format', 'codequality'], { input }).stdout) as { fingerprint: string; check_name: string; location: { positions: { begin: { line: number } } } }[]);
    const before = print(text);
    const after = print(text.replace(/\n\n/, '\n\n\n'));
    assert.deepEqual(after.map((i) => i.fingerprint), before.map((i) => i.fingerprint));
    assert.notDeepEqual(after.map((i) => i.location.positions.begin.line), before.map((i) => i.location.positions.begin.line));
  });

  it('--quiet and --min-severity leave out lesser findings, and --max-warnings counts only what is shown', () => {
    const quiet = vanban(['lint', FIXTURES, '--quiet', '--format', 'json']);
    const severities = (stdout: string) => (JSON.parse(stdout) as { diagnostics: { severity: string }[] }[]).flatMap((r) => r.diagnostics.map((d) => d.severity));
    assert.deepEqual([...new Set(severities(quiet.stdout))], ['error']);
    assert.equal(quiet.code, 1);
    const warnings = vanban(['lint', fixture('nested/warning.vanban'), '--min-severity', 'error', '--max-warnings', '0']);
    assert.equal(warnings.code, 0);
    assert.equal(vanban(['lint', FIXTURES, '--min-severity', 'fatal']).code, 2);
  });

  it('--output-file writes the report there (uncoloured) and nothing to standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-out-'));
    try {
      const out = join(dir, 'report.xml');
      const run = vanban(['lint', FIXTURES, '--format', 'junit', '--output-file', out, '--color']);
      assert.equal(run.code, 1);
      assert.equal(run.stdout, '');
      assert.equal(XMLValidator.validate(readFileSync(out, 'utf8')), true);
      const text = join(dir, 'report.txt');
      vanban(['lint', FIXTURES, '--output-file', text, '--color']);
      assert.doesNotMatch(readFileSync(text, 'utf8'), /\x1b\[/);
      assert.equal(vanban(['lint', FIXTURES, '--output-file', join(dir, 'no', 'such', 'dir', 'r.txt')]).code, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--print-config shows the configuration file and the options that apply to a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-printcfg-'));
    try {
      writeFileSync(join(dir, '.vanbanrc.json'), '{ "profile": "nd30", "rules": { "double-space": "off", "bogus-rule": "error" } }');
      writeFileSync(join(dir, 'a.vanban'), '');
      const run = vanban(['lint', '--print-config', join(dir, 'a.vanban'), '--lang', 'en']);
      assert.equal(run.code, 0, run.stderr);
      const printed = JSON.parse(run.stdout);
      assert.equal(printed.configFile, join(dir, '.vanbanrc.json'));
      assert.equal(printed.profile, 'nd30');
      assert.equal(printed.language, 'en');
      assert.equal(printed.rules['double-space'].severity, 'off');
      // Fully resolved: every rule with its effective severity and options, the words.
      assert.equal(Object.keys(printed.rules).length, rules().length);
      assert.equal(printed.rules['number-format'].severity, 'error');
      assert.equal(printed.rules['date-format'].options.partyPaddedMonth, 'lenient');
      assert.deepEqual(printed.words, []);
      // A configuration warning names the file as findings do: relative to the working folder.
      const relative = vanban(['lint', '--print-config', 'a.vanban', '--lang', 'en'], { cwd: dir });
      assert.match(relative.stderr, /^\.vanbanrc\.json:\d+:\d+ /m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--version prints the package version', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    for (const flag of ['--version', '-v']) {
      const run = vanban([flag]);
      assert.equal(run.code, 0);
      assert.equal(run.stdout, `${version}\n`);
    }
  });
});
