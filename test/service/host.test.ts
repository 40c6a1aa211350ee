// The analysis host: the one owner of "one analysis per document version". Whatever way it reads a
// version (afresh, from the version before, from a Word file's bytes), the analysis is the one a fresh
// analysis of the same text gives; it is made once per version and options; a closed document is freed.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisHost, fixAll, lint, rules, WordError, type Analysis, type LintOptions } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { buildFixture, type WordFixture } from '../word/build';

const DRAFT = readFileSync(join(ROOT, 'test', 'fixtures', 'lsp', 'dang-complete.vanban'), 'utf8');
/** A draft with findings and safe fixes (a wrongly written number and date). */
const BROKEN = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'date-format', 'bad-dang-zeros.vanban'), 'utf8');
const URI = 'file:///drafts/a.vanban';
const EN: LintOptions = { language: 'en' };

/** What an analysis says, without the objects that only make it faster next time. */
const said = (analysis: Analysis) => ({ findings: analysis.findings, profile: analysis.profile, regime: analysis.regime, info: analysis.documentInfo });

/** A fresh host's analysis of `text`: the reference every other way of reading must match. */
function fresh(text: string, options: LintOptions = EN): Analysis {
  const host = new AnalysisHost({ editing: false });
  host.update('fresh', 0, text);
  return host.analysis('fresh', options);
}

describe('analysis host', () => {
  it('analyses a draft as lint does', () => {
    assert.deepEqual(fresh(DRAFT).findings, lint(DRAFT, EN));
  });

  it('makes one analysis per version and options object, and another when either changes', () => {
    const host = new AnalysisHost();
    host.update(URI, 1, BROKEN);
    const first = host.analysis(URI, EN);
    assert.ok(first.findings.length > 0);
    assert.equal(host.analysis(URI, EN), first, 'the same version and options: the same analysis');
    host.update(URI, 1, 'ignored: the version is the same');
    assert.equal(host.analysis(URI, EN), first);
    const vietnamese = host.analysis(URI, { language: 'vi' });
    assert.notEqual(vietnamese, first);
    assert.notEqual(vietnamese.findings[0]?.message, first.findings[0]?.message);
    host.update(URI, 2, BROKEN);
    const second = host.analysis(URI, EN);
    assert.notEqual(second, first);
    assert.deepEqual(second.document, { uri: URI, version: 2 });
  });

  it('reads each edit from the version before, with the findings of a fresh analysis', () => {
    const host = new AnalysisHost();
    const lines = DRAFT.split('\n');
    host.update(URI, 1, DRAFT);
    host.analysis(URI, EN);
    // Type a few characters mid-document, break a line, delete one, then type past a version nobody read.
    const edits = [
      (l: string[]) => { l[8] = `${l[8]} thêm`; },
      (l: string[]) => { l.splice(10, 0, 'Dòng mới chen vào.'); },
      (l: string[]) => { l.splice(3, 1); },
      (l: string[]) => { l[1] = l[1].toUpperCase(); },
    ];
    let version = 1;
    for (const [index, edit] of edits.entries()) {
      edit(lines);
      const text = lines.join('\n');
      host.update(URI, ++version, text);
      if (index === 2) continue; // a version typed past between two runs
      const analysis = host.analysis(URI, EN);
      assert.ok(analysis.shared, 'an edited document keeps what its rules found per line');
      assert.deepEqual(said(analysis), said(fresh(text)), `edit ${index}`);
    }
  });

  it('keeps a long document’s reading from its opening, and reads it afresh when not editing', () => {
    const long = `${DRAFT}\n${'Đoạn văn dài. '.repeat(200)}`;
    const editing = new AnalysisHost({ incrementalFromOpen: 1000 });
    editing.update(URI, 1, long);
    assert.ok(editing.analysis(URI, EN).shared, 'incremental from the opening');
    const once = new AnalysisHost({ editing: false, incrementalFromOpen: 1000 });
    once.update(URI, 1, long);
    once.update(URI, 2, `${long} nữa`);
    assert.equal(once.analysis(URI, EN).shared, undefined, 'a one-off check keeps nothing for a next version');
    assert.deepEqual(said(editing.analysis(URI, EN)), said(fresh(long)));
  });

  it('takes a Word file’s bytes: the text read from it, with the formatting findings', async () => {
    const fixture = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'word-font', readdirBad('word-font')), 'utf8')) as WordFixture;
    const host = new AnalysisHost();
    host.update('file:///a.docx', 1, await buildFixture(fixture.defect));
    const analysis = host.analysis('file:///a.docx', EN);
    assert.ok(analysis.word, 'the Word document is kept with its analysis');
    const formatting = new Set(rules().filter((rule) => rule.input === 'docx').map((rule) => rule.id));
    assert.ok(analysis.findings.some((finding) => finding.rule === 'word-font'));
    // Its text alone, as a draft, gives the same findings but the formatting ones.
    assert.deepEqual(fresh(analysis.word.text).findings, analysis.findings.filter((finding) => !formatting.has(finding.rule)));
  });

  it('throws the reader’s WordError for bytes that are not a .docx, and an error for an unknown document', () => {
    const host = new AnalysisHost();
    assert.throws(() => host.update('file:///b.docx', 1, new Uint8Array([1, 2, 3])), WordError);
    assert.equal(host.has('file:///b.docx'), false);
    assert.throws(() => host.analysis('file:///never.vanban'), /no version/);
  });

  it('applies fix-all to the current version: the fixed text is the next version', () => {
    const host = new AnalysisHost();
    host.update(URI, 4, BROKEN);
    const result = host.fixAll(URI, EN);
    const expected = fixAll(BROKEN, EN);
    assert.ok(expected.applied > 0 && expected.text !== BROKEN);
    assert.equal(result.text, expected.text);
    assert.equal(result.applied, expected.applied);
    assert.equal(host.version(URI), 5);
    assert.deepEqual(said(result.analysis), said(fresh(expected.text)));
  });

  it('lets a released document’s reading go, keeps its text, and reads it again when asked', () => {
    const host = new AnalysisHost();
    host.update(URI, 1, BROKEN);
    const first = host.analysis(URI, EN);
    host.release(URI);
    assert.equal(host.version(URI), 1);
    const again = host.analysis(URI, EN);
    assert.notEqual(again, first, 'read again, not kept');
    assert.notEqual(again.model, first.model);
    assert.deepEqual(said(again), said(first));
    // An edit after a release is read afresh and then from version to version, with a fresh analysis's findings.
    const edited = BROKEN.replace(/\n/, '\nThêm một dòng.\n');
    host.release(URI);
    host.update(URI, 2, edited);
    assert.deepEqual(said(host.analysis(URI, EN)), said(fresh(edited)));
    host.update(URI, 3, `${edited}\nNữa.`);
    assert.ok(host.analysis(URI, EN).shared, 'incremental again from the first edit');
    assert.deepEqual(said(host.analysis(URI, EN)), said(fresh(`${edited}\nNữa.`)));
  });

  it('keeps a long document’s reading when released: its first edit stays incremental', () => {
    const long = `${DRAFT}\n${'Đoạn văn dài. '.repeat(200)}`;
    const host = new AnalysisHost({ incrementalFromOpen: 1000 });
    host.update(URI, 1, long);
    const analysis = host.analysis(URI, EN);
    host.release(URI);
    assert.equal(host.analysis(URI, EN), analysis);
  });

  it('frees a removed document', () => {
    const host = new AnalysisHost();
    host.update(URI, 1, DRAFT);
    host.analysis(URI, EN);
    host.remove(URI);
    assert.equal(host.has(URI), false);
    assert.throws(() => host.model(URI));
  });
});

function readdirBad(rule: string): string {
  return readdirSync(join(ROOT, 'test', 'fixtures', 'rules', rule)).find((name) => name.startsWith('bad') && name.endsWith('.docx.json'))!;
}
