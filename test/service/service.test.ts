// The language service in-process: every feature is a function of one analysis, returning LSP types,
// with no server, connection or file system in between.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type DocumentSymbol } from 'vscode-languageserver-types';
import { analyse, createLanguageService, PLAIN_CLIENT, type ClientCapabilities, type LanguageServiceHost } from '../../server/src/engine/service';
import { ROOT } from '../helpers';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'lsp');
const DANG = readFileSync(join(FIXTURES, 'dang-complete.vanban'), 'utf8');
const ND30 = readFileSync(join(FIXTURES, 'nd30-complete.vanban'), 'utf8');
const RICH: ClientCapabilities = { snippetEdits: true, completionSnippets: true, hoverMarkdown: true, hierarchicalSymbols: true };
const TODAY = new Date(2026, 2, 7);

function host(client: ClientCapabilities = RICH, recipients: readonly string[] = []): LanguageServiceHost {
  return { client, now: () => TODAY, recipients: async () => recipients };
}

const doc = { uri: 'file:///in-process/draft.vanban', version: 3 };
const en = (text: string, profile?: 'dang-hd36') => analyse(text, { language: 'en', profile }, doc);

/** The text with `content` inserted as a new line before line `line`, and the position at its end. */
function insertLine(text: string, line: number, content: string) {
  const lines = text.split('\n');
  lines.splice(line, 0, content);
  return { text: lines.join('\n'), position: { line, character: content.length } };
}

describe('language service (in-process)', () => {
  const service = createLanguageService(host());

  it('analyses once: model, profile, regime, findings and the status item’s info', () => {
    const analysis = en(DANG.replace('Lưu Văn phòng.', 'Lưu Văn phòng'));
    assert.equal(analysis.regime, 'dang');
    assert.equal(analysis.profile, 'auto');
    assert.deepEqual(service.getDocumentInfo(analysis), { regime: 'dang', profile: 'auto', documentType: 'KẾT LUẬN' });
    assert.equal(analysis.document, doc);
    assert.ok(analysis.findings.some((finding) => finding.rule === 'recipients-format'));
  });

  it('gives diagnostics with code, link, severity and the fix in data', () => {
    const analysis = en(DANG.replace('Số 02-KL/BTCTW', 'Số 02 - KL/BTCTW'));
    const diagnostic = service.getDiagnostics(analysis).find((item) => item.code === 'number-format')!;
    assert.equal(diagnostic.source, 'vanban');
    assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
    assert.match(diagnostic.codeDescription!.href, /docs\/rules\/number-format\.md$/);
    assert.deepEqual((diagnostic.data as { fix: { edits: { newText: string }[] } }).fix.edits.map((edit) => edit.newText), ['Số 02-KL/BTCTW']);
  });

  it('offers the quick fix, insert-missing with snippets, silence and docs actions, and fix-all from the analysis', () => {
    const analysis = en(DANG.replace('ĐẢNG CỘNG SẢN VIỆT NAM\n', '').replace('Số 02-KL/BTCTW', 'Số 02 - KL/BTCTW'));
    const diagnostics = service.getDiagnostics(analysis);
    const actions = service.getCodeActions(analysis, { diagnostics });
    const titles = actions.map((action) => action.title);
    assert.ok(titles.some((title) => /^Insert the title ĐẢNG CỘNG SẢN VIỆT NAM/.test(title)), titles.join(' | '));
    const insert = actions.find((action) => action.title.startsWith('Insert the title'))!;
    assert.ok(insert.edit?.documentChanges, 'a snippet edit for a client that takes them');
    assert.ok(titles.includes('Disable number-format for this line'));
    assert.ok(titles.includes('Show the documentation of number-format'));
    const quick = actions.find((action) => action.isPreferred && action.diagnostics?.[0].code === 'number-format')!;
    assert.deepEqual(quick.edit!.changes![doc.uri].map((edit) => edit.newText), ['Số 02-KL/BTCTW']);

    const fixAll = service.getCodeActions(analysis, { diagnostics: [], only: [`${CodeActionKind.SourceFixAll}.vanban`] });
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.vanban');
    assert.ok(fixAll[0].edit!.changes![doc.uri].length > 0);
  });

  it('answers a diagnostic that lost its data with the analysis’s own fix', () => {
    const analysis = en(DANG.replace('Số 02-KL/BTCTW', 'Số 02 - KL/BTCTW'));
    const bare = service.getDiagnostics(analysis).filter((item) => item.code === 'number-format').map(({ data: _data, ...rest }) => rest);
    const fixes = service.getCodeActions(analysis, { diagnostics: bare, only: [CodeActionKind.QuickFix] }).filter((action: CodeAction) => action.isPreferred);
    assert.deepEqual(fixes.map((action) => action.edit!.changes![doc.uri][0].newText), ['Số 02-KL/BTCTW']);
  });

  it('completes the number line with the document’s codes, and recipients with the host’s and the common ones', async () => {
    const number = en(DANG.replace('Số 02-KL/BTCTW', 'Số'));
    const list = await service.getCompletions(number, { line: 4, character: 2 });
    assert.deepEqual(list.items.map((item) => item.label), ['Số 01-KL/BTCTW']);

    const withDash = insertLine(DANG, 27, '- ');
    const recipients = await createLanguageService(host(RICH, ['Ban Tuyên giáo Tỉnh ủy'])).getCompletions(en(withDash.text), withDash.position);
    const labels = recipients.items.map((item) => item.label);
    assert.ok(labels.includes('Ban Tuyên giáo Tỉnh ủy') && labels.includes('Như trên') && labels.includes('Lưu Văn phòng.'), labels.join(' | '));
    assert.equal(recipients.items.find((item) => item.label === 'Như trên')!.textEdit!.newText, '- Như trên,');
  });

  it('reads the recipients list from the model: below the list, no recipient is offered', async () => {
    const below = insertLine(DANG, 33, '- ');
    const labels = (await service.getCompletions(en(below.text), below.position)).items.map((item) => item.label);
    assert.ok(!labels.includes('Như trên'), labels.join(' | '));
    const state = insertLine(ND30, 22, '- ');
    const stateItems = (await service.getCompletions(en(state.text), state.position)).items;
    assert.equal(stateItems.find((item) => item.label === 'Như trên')!.textEdit!.newText, '- Như trên;');
  });

  it('hovers over the number with its decoding, as Markdown or plain text', () => {
    const analysis = en(DANG);
    const hover = service.getHover(analysis, { line: 4, character: 6 })!;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Number and symbol \(số và ký hiệu\)\*\*/);
    assert.match(value, /- BTCTW: Ban Tổ chức Trung ương/);
    assert.equal(service.getHover(analysis, { line: 11, character: 4 }), null);
    const plain = createLanguageService(host(PLAIN_CLIENT)).getHover(analysis, { line: 4, character: 6 })!;
    assert.equal((plain.contents as { kind: string }).kind, 'plaintext');
    assert.doesNotMatch((plain.contents as { value: string }).value, /\*\*/);
  });

  it('hovers over each line of the grounds with the regime’s form of them', () => {
    const state = service.getHover(en(ND30), { line: 13, character: 3 })!;
    assert.match(String((state.contents as { value: string }).value), /Grounds of issuance[\s\S]*the last with \.[\s\S]*grounds-format/);
    assert.deepEqual(state.range, { start: { line: 13, character: 0 }, end: { line: 13, character: 'Theo đề nghị của Giám đốc Sở Nội vụ.'.length } });
    const party = readFileSync(join(ROOT, 'test', 'fixtures', 'body', 'party-grounds.vanban'), 'utf8');
    const partyHover = service.getHover(en(party), { line: 12, character: 4 })!;
    assert.match(String((partyHover.contents as { value: string }).value), /One - line a ground[\s\S]*before the enacting sentence/);
  });

  it('gives the outline as a tree, or flat with containers', () => {
    const analysis = en(DANG);
    const tree = service.getDocumentSymbols(analysis) as DocumentSymbol[];
    assert.equal(tree[1].name, 'KẾT LUẬN');
    const flat = createLanguageService(host(PLAIN_CLIENT)).getDocumentSymbols(analysis) as { name: string; containerName?: string; location: { uri: string } }[];
    const clause = flat.find((symbol) => symbol.name.startsWith('(1) Rà soát'))!;
    assert.equal(clause.containerName, '2. Nhiệm vụ thời gian tới');
    assert.equal(clause.location.uri, doc.uri);
  });

  it('folds the header and the recipients', () => {
    const pairs = service.getFoldingRanges(en(DANG)).map((range) => `${range.startLine}-${range.endLine}`);
    assert.ok(pairs.includes('0-5') && pairs.includes('25-28'), pairs.join(', '));
  });

  it('draws the preview under the analysis’s regime: a profile that fixes it gives its layout and placeholders', () => {
    const state = readFileSync(join(ROOT, 'examples', 'quyet-dinh-ubnd.vanban'), 'utf8');
    const auto = service.getPreview(en(state));
    assert.equal(auto.family, 'nd30');
    assert.doesNotMatch(auto.markup, /data-rule="header-title"/);
    const party = service.getPreview(en(state, 'dang-hd36'));
    assert.equal(party.family, 'dang');
    assert.match(party.markup, /class="vb-missing"[^>]*data-rule="header-title"[^>]*>[^<]*Missing the title ĐẢNG CỘNG SẢN VIỆT NAM/);
  });

  it('exports the same analysis as .docx bytes', async () => {
    const bytes = await service.getDocx(en(DANG));
    assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK');
  });
});
