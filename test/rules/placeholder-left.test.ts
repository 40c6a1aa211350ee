// placeholder-left: the new-document command's skeleton of every document type, left
// unfilled, gets at least one error from `vanban lint` (the CLI as a process); while typing the same
// finding is a hint; the blanks an issued document keeps for the e-office stamp are not reported.

import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templates } from '../../client/src/templates';
import { lint, toLspDiagnostic } from '../../server/src/engine';
import { vanban } from '../cli/run';
import { ROOT } from '../helpers';
import { expandSnippet } from '../snippets/expand';

const TODAY = { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '09' };
const placeholders = (text: string, whileTyping = false) =>
  lint(text, { language: 'en', whileTyping }).filter((d) => d.rule === 'placeholder-left').map((d) => `${d.severity} ${text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)}`);

describe('placeholder-left', () => {
  const skeletons = templates(readFileSync(join(ROOT, 'snippets', 'vanban.code-snippets'), 'utf8'));

  it('every unfilled skeleton gets an error from vanban lint, which exits 1', function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'vanban-skeletons-'));
    try {
      const names = skeletons.map((skeleton, i) => {
        const name = `skeleton-${i}.vanban`;
        writeFileSync(join(dir, name), `${expandSnippet(skeleton.body, TODAY)}\n`);
        return name;
      });
      const run = vanban(['lint', dir, '--format', 'json']);
      assert.equal(run.code, 1, run.stderr);
      const reports = JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string; severity: string }[] }[];
      const without = skeletons.filter((_, i) => !reports.find((report) => report.file.endsWith(names[i]))?.diagnostics
        .some((d) => d.rule === 'placeholder-left' && d.severity === 'error')).map((skeleton) => `${skeleton.regime}: ${skeleton.type}`);
      assert.ok(skeletons.length >= 30);
      assert.deepEqual(without, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the unfilled công văn: each placeholder, an error; a hint while typing', () => {
    const letter = skeletons.find((skeleton) => skeleton.regime === 'NĐ 30' && skeleton.type.startsWith('Công văn'))!;
    const text = `${expandSnippet(letter.body, TODAY)}\n`;
    const found = placeholders(text);
    for (const typed of ['TÊN CƠ QUAN CHỦ QUẢN', 'TÊN CƠ QUAN BAN HÀNH', 'Địa danh', 'Nội dung./.', '…']) assert.ok(found.includes(`error ${typed}`), `${typed} in ${found.join(', ')}`);
    assert.ok(placeholders(text, true).every((finding) => finding.startsWith('hint ')));
    const configured = lint(text, { whileTyping: true, rules: { 'placeholder-left': 'warning' } }).filter((d) => d.rule === 'placeholder-left');
    assert.ok(configured.length > 0 && configured.every((d) => d.severity === 'warning'), 'a configured severity wins');
    assert.ok(configured.every((d) => d.severityAtRest === undefined), 'and is the same at rest');
  });

  it('while typing, the hint carries its severity at rest to the editor, so the export asks about it as an error', () => {
    const letter = skeletons.find((skeleton) => skeleton.regime === 'NĐ 30' && skeleton.type.startsWith('Công văn'))!;
    const typed = lint(`${expandSnippet(letter.body, TODAY)}\n`, { whileTyping: true }).filter((d) => d.rule === 'placeholder-left');
    assert.ok(typed.length > 0 && typed.every((d) => d.severity === 'hint' && d.severityAtRest === 'error'));
    const sent = toLspDiagnostic(typed[0]);
    assert.equal(sent.severity, 4);
    assert.deepEqual((sent.data as { severityAtRest?: string }).severityAtRest, 'error');
    assert.equal(lint(`${expandSnippet(letter.body, TODAY)}\n`).find((d) => d.rule === 'placeholder-left')?.severityAtRest, undefined, 'not at rest (the CLI)');
  });

  it('reports the usual blanks, and not the number and day left for the e-office stamp', () => {
    const head = 'ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';
    const stamped = `${head}Số:   /QĐ-UBND\nHòa Bình, ngày   tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nNội dung của quyết định, các sở, ngành…\n`;
    assert.deepEqual(placeholders(stamped), []);
    const dotted = `${head}Số: …/QĐ-UBND\nHòa Bình, ngày … tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐại hội chi bộ nhiệm kỳ ...\n`;
    assert.deepEqual(placeholders(dotted), []);
    const blanks = `${head}Số: 08/QĐ-UBND\nĐịa danh, ngày 09 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nV/v …\n\nGiao [...] chủ trì; ví dụ ký: Nguyễn Văn A.\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n`;
    assert.deepEqual(placeholders(blanks), ['error Địa danh', 'error …', 'error [...]', 'error Nội dung./.', 'error Nguyễn Văn A']);
    assert.ok(!placeholders(blanks.replace(/Nguyễn Văn A\n$/u, 'Nguyễn Văn An\n')).includes('error Nguyễn Văn A'), 'a real name that starts alike');
    // A decomposed line is read in NFC (and reported whole).
    assert.deepEqual(lint(blanks.replace('Nội dung./.', 'Nội dung./.'.normalize('NFD'))).filter((d) => d.rule === 'placeholder-left').length, 5);
  });
});
