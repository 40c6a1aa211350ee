// A presence rule alone decides that a part is missing and says which (`part`);
// insert-missing and the preview's placeholders read the part from the finding. The insertions offered
// are pinned in test/snapshots/insertions.md (first written by the insert-missing that re-checked the
// model, so the findings-driven one is shown to offer the same), and they follow the findings: a rule
// turned off or silenced by a directive offers no insertion and draws no placeholder.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import { lintModel, parse } from '../../server/src/engine';
import { missingPartInsertions } from '../../server/src/engine/edits';
import { layoutPage, type Block } from '../../server/src/engine/render';
import { analyse, createLanguageService, PLAIN_CLIENT, type Analysis } from '../../server/src/engine/service';
import { corpusFiles, needs, ROOT } from '../helpers';
import { insertionListing, TODAY } from './insertionListing';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'lsp');
const DANG = readFileSync(join(FIXTURES, 'dang-complete.vanban'), 'utf8');
const ND30 = readFileSync(join(FIXTURES, 'nd30-complete.vanban'), 'utf8');
const SNAPSHOT = join(ROOT, 'test', 'snapshots', 'insertions.md');

const without = (text: string, ...lines: string[]) => lines.reduce((rest, line) => rest.replace(`${line}\n`, ''), text);
const en = (text: string, options: Parameters<typeof analyse>[1] = {}) => analyse(text, { language: 'en', ...options }, { uri: 'file:///parts.vanban', version: 1 });
const service = createLanguageService({ client: PLAIN_CLIENT, now: () => TODAY });

/** The "insert" actions offered for every diagnostic of the analysis. */
function insertActions(analysis: Analysis): CodeAction[] {
  const diagnostics = service.getDiagnostics(analysis);
  return service.getCodeActions(analysis, { diagnostics, only: [CodeActionKind.QuickFix] }).filter((action) => action.title.startsWith('Insert'));
}

const placeholders = (analysis: Analysis): Block[] => {
  const page = layoutPage(analysis);
  return [...page.headerLeft, ...page.headerRight, ...page.title, ...page.closingLeft, ...page.closingRight].filter((block) => block.role === 'missing');
};

describe('missing parts: the finding says which', () => {
  it('each presence rule reports the part it finds absent', () => {
    const cases: [string, string, string][] = [
      [without(DANG, 'ĐẢNG CỘNG SẢN VIỆT NAM'), 'header-title', 'title'],
      [without(ND30, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'header-title', 'title'],
      [without(ND30, 'Độc lập - Tự do - Hạnh phúc'), 'header-title', 'motto'],
      [without(ND30, 'ỦY BAN NHÂN DÂN', 'TỈNH HÒA BÌNH'), 'issuer', 'issuer'],
      [without(DANG, '*'), 'issuer', 'star'],
      [without(ND30, 'Số: 08/QĐ-UBND'), 'number', 'number'],
      [without(ND30, 'Hòa Bình, ngày 09 tháng 02 năm 2026'), 'date', 'place-date'],
      [without(ND30, 'QUYẾT ĐỊNH', 'Về việc thành lập Tổ kiểm tra công tác văn thư năm 2026'), 'type-name', 'type-name'],
      [without(DANG, 'về công tác tổ chức xây dựng Đảng quý I năm 2026'), 'type-name', 'summary'],
      [without(DANG, '-----'), 'summary-rule', 'summary-rule'],
      [without(ND30, 'Nơi nhận:', '- Như Điều 2;', '- Chủ tịch UBND tỉnh;', '- Lưu: VT, NC.'), 'recipients', 'recipients'],
      [without(ND30, 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Minh'), 'signature', 'signature'],
      [without(ND30, 'CHỦ TỊCH'), 'signature', 'signer-title'],
      [ND30.replace('\nLê Văn Minh\n', '\n'), 'signature', 'signer-name'],
    ];
    for (const [text, rule, part] of cases) {
      const findings = en(text).findings.filter((finding) => finding.rule === rule);
      assert.deepEqual(findings.map((finding) => finding.part), [part], `${rule}: ${findings.map((finding) => finding.message).join(' | ')}`);
    }
  });

  it('a part present but malformed is no absent part', () => {
    const findings = [
      ...en(ND30.replace('Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc')).findings,
      ...en(DANG.replace('ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG CỘNG SẢN  VIỆT NAM')).findings,
      ...en(DANG.replace('-----', '----')).findings,
    ].filter((finding) => ['header-title', 'summary-rule'].includes(finding.rule));
    assert.ok(findings.length >= 2, findings.map((finding) => finding.message).join(' | '));
    for (const finding of findings) assert.equal(finding.part, undefined, finding.message);
  });

  it('offers the same insertions as the insert-missing that re-checked the model (test/snapshots/insertions.md)', () => {
    const listing = insertionListing((result) => missingPartInsertions({ ...result, findings: result.diagnostics }, { today: TODAY }));
    if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(SNAPSHOT)) writeFileSync(SNAPSHOT, listing);
    assert.equal(listing, readFileSync(SNAPSHOT, 'utf8'));
  });
});

describe('missing parts of the real corpus', () => {
  if (needs('shared')) return;

  it('every absent part of the corpus that can be written gets its insertion', () => {
    let checked = 0;
    for (const file of corpusFiles()) {
      for (const profile of ['auto', 'dang-hd36', 'nd30'] as const) {
        const result = lintModel(parse(readFileSync(file, 'utf8')), { profile });
        const parts = new Set(missingPartInsertions({ ...result, findings: result.diagnostics }, { today: TODAY }).map((insertion) => insertion.part));
        for (const finding of result.diagnostics) {
          if (!finding.part || ['star', 'summary-rule', 'signer-title', 'signer-name'].includes(finding.part)) continue;
          checked++;
          // The motto of a header without the national name comes with the national name's insertion.
          assert.ok(parts.has(finding.part) || (finding.part === 'motto' && parts.has('title')), `${file} (${profile}): no insertion for ${finding.part}`);
        }
      }
    }
    assert.ok(checked > 20, `only ${checked} absent parts in the corpus`);
  });
});

describe('insert-missing follows the finding', () => {
  const noDate = without(ND30, 'Hòa Bình, ngày 09 tháng 02 năm 2026');

  it('offers the insertion on the finding, with today’s date from the host', () => {
    const actions = insertActions(en(noDate));
    assert.deepEqual(actions.map((action) => action.title), ['Insert the place and date line (today)']);
    const edit = Object.values(actions[0].edit!.changes!)[0][0];
    assert.equal(edit.newText, 'Địa danh, ngày 05 tháng 3 năm 2026\n');
  });

  it('offers none when the rule is off or the finding is silenced by a directive', () => {
    assert.deepEqual(insertActions(en(noDate, { rules: { date: 'off' } })), []);
    assert.deepEqual(missingPartInsertions(en(noDate, { rules: { date: 'off' } }), { today: TODAY }), []);
    const silenced = en(`<!-- vanban-disable date -->\n${noDate}`);
    assert.deepEqual(silenced.findings.filter((finding) => finding.rule === 'date'), []);
    assert.deepEqual(missingPartInsertions(silenced, { today: TODAY }), []);
  });

  it('offers the national name with the motto once, from either finding', () => {
    const analysis = en(without(ND30, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'));
    assert.deepEqual(analysis.findings.filter((finding) => finding.rule === 'header-title').map((finding) => finding.part), ['title', 'motto']);
    assert.deepEqual(missingPartInsertions(analysis, { today: TODAY }).map((insertion) => insertion.text),
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n']);
  });
});

describe('the preview’s placeholders read the part', () => {
  it('draws one placeholder per absent part, in its slot, and none when the rule is off', () => {
    const text = without(ND30, 'Độc lập - Tự do - Hạnh phúc', 'Hòa Bình, ngày 09 tháng 02 năm 2026', 'CHỦ TỊCH');
    const page = layoutPage(en(text));
    const missingIn = (blocks: readonly Block[]) => blocks.filter((block) => block.role === 'missing').map((block) => block.missing!.rule);
    assert.deepEqual(missingIn(page.headerRight), ['header-title', 'date']);
    assert.deepEqual(missingIn(page.closingRight), ['signature']);
    assert.deepEqual(placeholders(en(text, { rules: { date: 'off', signature: 'off' } })).map((block) => block.missing!.rule), ['header-title']);
  });

  it('under a state profile, a Party title in the national name’s place has the missing national name under it', () => {
    const page = layoutPage(en(DANG, { profile: 'nd30' }));
    assert.deepEqual(page.headerRight.filter((block) => block.role === 'missing').map((block) => block.runs[0].text),
      ['Missing the national name CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });

  it('a malformed part draws no placeholder', () => {
    assert.deepEqual(placeholders(en(ND30.replace('Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc'))), []);
  });

  it('a Party profile on a state draft draws the Party layout with the title placeholder', () => {
    const state = readFileSync(join(ROOT, 'examples', 'quyet-dinh-ubnd.vanban'), 'utf8');
    const party = en(state, { profile: 'dang-hd36' });
    assert.equal(layoutPage(party).geometry.family, 'dang');
    assert.deepEqual(placeholders(party).filter((block) => block.missing!.rule === 'header-title').map((block) => block.runs[0].text), ['Missing the title ĐẢNG CỘNG SẢN VIỆT NAM']);
    assert.deepEqual(placeholders(en(state)), []);
  });
});
