// One catalogue of conventions: the fixed phrases of the regulations — the Party title,
// the national name, the motto, the grounds openers and `Như trên` — are written in one source file,
// server/src/engine/catalog/conventions.ts, and every other file reads them from there. The test reads the
// code's literals (strings, templates, regular expressions) with the TypeScript parser, so comments may
// still name a phrase; the l10n bundle, docs and tests are not source files, and the snippets file is
// generated from the catalogue by scripts/snippets.ts (checked below).

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { familyOf, MOTTO, NATIONAL_NAME, NATIONAL_NAMES, PARTY_TITLE, RECIPIENTS, RECIPIENTS_LABEL, recipientsTemplate } from '../../server/src/engine/catalog/conventions';
import { missingPartInsertions } from '../../server/src/engine/edits/insertMissing';
import { lintModel } from '../../server/src/engine/lint';
import { parse } from '../../server/src/engine/parse/parse';
import { snippets, snippetsFileText, SNIPPETS_FILE } from '../../scripts/snippets';
import { ROOT } from '../helpers';

const CATALOGUE = join('server', 'src', 'engine', 'catalog', 'conventions.ts');

/** Each phrase with the forms a literal may spell it in (a pattern's `\s+` between words included). */
const PHRASES: Record<string, RegExp> = {
  'the Party title': /CỘNG\W{0,4}SẢN/iu,
  'the national name': /XÃ\W{0,4}HỘI\W{0,4}CHỦ\W{0,4}NGHĨA/iu,
  'the motto': /Tự\W{0,4}do|Hạnh\W{0,4}phúc/iu,
  // The openers as they open a line (capitalised): `phần căn cứ` in a citation is not one.
  'the grounds opener Căn cứ': /Căn\W{0,4}cứ/u,
  'the grounds opener Theo đề nghị': /Theo\W{0,4}đề\W{0,4}nghị/u,
  'Như trên': /Như\W{0,4}trên/iu,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    // A generated file (the settings validator copies the rules' descriptions) is written by a script, not by hand.
    return /\.tsx?$/.test(entry.name) && !/\.(d|generated)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The text of every literal in the code: strings, template parts and regular expressions, not comments. */
function literalsOf(path: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isRegularExpressionLiteral(node)
      || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push(node.text.replace(/\\s[+*?]?/g, ' ')); // a pattern's `\s+` between words reads as a space
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true));
  return found;
}

/** For each phrase, the files (relative to the root) whose literals spell it. */
function whereWritten(files: readonly string[]): Record<string, string[]> {
  const where: Record<string, string[]> = Object.fromEntries(Object.keys(PHRASES).map((name) => [name, []]));
  for (const file of files) {
    const literals = literalsOf(file, readFileSync(file, 'utf8'));
    for (const [name, pattern] of Object.entries(PHRASES)) {
      if (literals.some((literal) => pattern.test(literal))) where[name].push(relative(ROOT, file));
    }
  }
  return where;
}

describe('one catalogue of conventions', () => {
  it('the titles, motto, grounds openers and Như trên are written only in catalog/conventions.ts', () => {
    // scripts/ too: the snippets generator reads the phrases from the catalogue like any other source.
    const files = [join(ROOT, 'server', 'src'), join(ROOT, 'client', 'src'), join(ROOT, 'scripts')].flatMap(sourceFiles);
    assert.ok(files.length > 100, `only ${files.length} source files found`);
    const where = whereWritten(files);
    for (const [name, written] of Object.entries(where)) {
      assert.deepEqual(written, [CATALOGUE], `${name} is written in ${written.join(', ') || 'no file'}`);
    }
  });

  it('the snippets file is generated from the catalogue (regenerate: npx tsx scripts/snippets.ts --write)', () => {
    assert.equal(readFileSync(SNIPPETS_FILE, 'utf8'), snippetsFileText());
  });

  it('every skeleton prints the catalogue’s title lines and recipients label', () => {
    const all = Object.entries(snippets());
    const party = all.filter(([name]) => name.startsWith('Đảng: '));
    const state = all.filter(([name]) => name.startsWith('NĐ 30: '));
    assert.ok(party.length >= 25 && state.length >= 10, `${party.length} Party and ${state.length} state skeletons`);
    for (const [name, { body }] of party) assert.equal(body[0], PARTY_TITLE, name);
    for (const [name, { body }] of state) assert.deepEqual(body.slice(2, 4), [NATIONAL_NAME, MOTTO], name);
    const withRecipients = all.filter(([, { body }]) => body.includes(RECIPIENTS_LABEL));
    assert.ok(withRecipients.length > 30, `only ${withRecipients.length} snippets with ${RECIPIENTS_LABEL}`);
  });

  it('finds a phrase in a literal or a pattern, and not in a comment', () => {
    const literals = literalsOf('probe.ts', [
      '// ĐẢNG CỘNG SẢN VIỆT NAM in a comment',
      '/* Như trên */',
      "const a = /^Căn\\s+cứ/u;",
      'const b = `x ${1} Độc lập - Tự do - Hạnh phúc`;',
    ].join('\n'));
    const named = Object.entries(PHRASES).filter(([, pattern]) => literals.some((literal) => pattern.test(literal))).map(([name]) => name);
    assert.deepEqual(named, ['the motto', 'the grounds opener Căn cứ']);
  });

  it('holds the forms the regulations print', () => {
    assert.equal(PARTY_TITLE, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    assert.equal(NATIONAL_NAME, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.deepEqual(NATIONAL_NAMES, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    assert.equal(MOTTO, 'Độc lập - Tự do - Hạnh phúc');
    assert.deepEqual(recipientsTemplate('nd30', 'Như trên'), ['Nơi nhận:', '- Như trên;', '- Lưu: VT, ${2:…}.']);
    assert.deepEqual(recipientsTemplate('dang', '${1:…}'), ['Nơi nhận:', '- ${1:…},', '- Lưu ${2:Văn phòng}.']);
    assert.equal(RECIPIENTS.nd30.archiveExample, '- Lưu: VT, …');
  });

  it('maps each regime to its family', () => {
    assert.deepEqual((['dang', 'nd30', 'qppl', 'unknown'] as const).map(familyOf), ['dang', 'nd30', 'nd30', 'nd30']);
  });

  it('gives insert-missing the regime\'s recipients block and signing forms', () => {
    const model = parse('ỦY BAN NHÂN DÂN\nSố: 01/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thử\n\nĐiều 1. Nội dung.\n');
    const parts = (regime: 'dang' | 'nd30') => {
      const result = lintModel(model, { profile: regime === 'dang' ? 'dang-hd36' : 'nd30' });
      return Object.fromEntries(missingPartInsertions({ ...result, findings: result.diagnostics }, { today: new Date(2026, 0, 1) }).map((part) => [part.part, part.snippet]));
    };
    assert.match(parts('nd30').recipients ?? '', /Nơi nhận:\n- \$\{1:…\};\n- Lưu: VT, \$\{2:…\}\./u);
    assert.match(parts('nd30').signature ?? '', /\$\{1\|TM\.,KT\.,TL\.,TUQ\.,Q\.\|\} /u);
    assert.match(parts('dang').signature ?? '', /\$\{1\|T\/M,K\/T,T\/L\|\} /u);
  });
});
