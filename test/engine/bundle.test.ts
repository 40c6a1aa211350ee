// dist/engine.js is a CommonJS library a third host of the engine (a web page, Monaco, a script) can
// require: it makes analyses with the AnalysisHost and answers with createLanguageService, as the
// language server and the CLI do. Driven from a plain Node process, with nothing of the repository but
// the built bundle.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const THIRD_HOST = String.raw`
const engine = require(process.argv[1]);
const text = [
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'TỈNH ỦY BÌNH AN',
  '*',
  'Số: 12-TB/TU',
  'Bình An, ngày 05 tháng 3 năm 2026',
  '',
  'THÔNG BÁO',
  'về việc tổ chức hội nghị',
  '',
  'Nội dung thông báo.',
].join('\n');
const host = new engine.AnalysisHost();
host.update('memory://a.vanban', 1, text);
const options = { language: 'en' };
const analysis = host.analysis('memory://a.vanban', options);
const service = engine.createLanguageService({ client: engine.PLAIN_CLIENT, now: () => new Date(2026, 2, 7) });
host.update('memory://a.vanban', 2, text.replace('Số: 12', 'Số 12'));
const edited = host.analysis('memory://a.vanban', options);
process.stdout.write(JSON.stringify({
  regime: analysis.regime,
  diagnostics: service.getDiagnostics(analysis).map((d) => [d.code, d.range.start.line, d.source]),
  edited: service.getDiagnostics(edited).map((d) => d.code),
  symbols: service.getDocumentSymbols(analysis).length,
  preview: service.getPreview(analysis).family,
  info: service.getDocumentInfo(analysis),
  lint: engine.lint(text, options).length,
}));
`;

describe('dist/engine.js', function () {
  this.timeout(30_000);
  it('lets a plain Node program analyse drafts with the AnalysisHost and answer with the language service', () => {
    const out = execFileSync(process.execPath, ['-e', THIRD_HOST, join(ROOT, 'dist', 'engine.js')], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const result = JSON.parse(out) as { regime: string; diagnostics: [string, number, string][]; edited: string[]; symbols: number; preview: string; info: { regime: string; documentType?: string }; lint: number };
    assert.equal(result.regime, 'dang');
    assert.ok(result.diagnostics.some(([code, line, source]) => code === 'number-format' && line === 3 && source === 'vanban'), JSON.stringify(result.diagnostics));
    assert.ok(!result.edited.includes('number-format') && result.edited.length === result.diagnostics.length - 1, 'the edited version is analysed afresh');
    assert.equal(result.lint, result.diagnostics.length, 'the same findings as lint()');
    assert.ok(result.symbols > 0);
    assert.equal(result.preview, 'dang');
    assert.equal(result.info.regime, 'dang');
    assert.equal(result.info.documentType, 'THÔNG BÁO');
  });
});
