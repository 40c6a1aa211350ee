// Linting: configuration of severities, directives, profiles, rule failures, and the fix functions.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyEdits, fixAll, lint, lintModel, parse, type DocumentModel } from '../../server/src/engine';
import { needsShared, SEED } from '../helpers';

let seed: string;

describe('lint', () => {
  if (needsShared()) return;
  seed = readFileSync(SEED, 'utf8');
  it('applies per-rule severities and turns rules off', () => {
    const findings = lint(seed, { rules: { 'header-title': 'off', 'number-format': 'warning' } });
    assert.equal(findings.some((d) => d.rule === 'header-title'), false);
    assert.equal(findings.find((d) => d.rule === 'number-format')?.severity, 'warning');
  });

  it('honours inline directives in HTML comments', () => {
    const lines = seed.split('\n');
    lines.splice(5, 0, '<!-- vanban-disable-next-line number-format -->');
    const findings = lint(lines.join('\n'));
    assert.equal(findings.some((d) => d.rule === 'number-format'), false);
    const disabled = lint(`<!-- vanban-disable -->\n${seed}`);
    assert.deepEqual(disabled, []);
  });

  it('lets a profile fix the regime', () => {
    const asState = lintModel(parse(seed), { profile: 'nd30' });
    assert.equal(asState.regime, 'nd30');
    assert.ok(asState.diagnostics.some((d) => d.rule === 'signature-authority'));
  });

  it('skips a rule that throws, reports it, and keeps the others', () => {
    const broken = { ...parse(seed), summary: undefined } as unknown as DocumentModel;
    const failures: string[] = [];
    const result = lintModel(broken, { onRuleError: (rule) => failures.push(rule) });
    assert.ok(failures.includes('type-name'));
    assert.ok(result.diagnostics.some((d) => d.rule === 'number-format'));
  });
});

describe('fixes', () => {
  if (needsShared()) return;
  seed = readFileSync(SEED, 'utf8');
  it('applies the safe fixes of the seed and is idempotent', () => {
    const once = fixAll(seed);
    assert.ok(once.applied >= 2);
    assert.match(once.text, /^Số 02-KL\/BTCTW$/m);
    assert.match(once.text, /^- Lưu VP, TH\.$/m);
    assert.equal(fixAll(once.text).text, once.text);
    assert.equal(fixAll(once.text).applied, 0);
  });

  it('keeps CRLF line endings and changes nothing outside the edited ranges', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    const fixed = fixAll(crlf).text;
    assert.equal(fixed.split('\r\n').length, crlf.split('\r\n').length);
    assert.equal(fixed.replace(/\r\n/g, '\n'), fixAll(seed).text);
  });

  it('drops an edit that overlaps an earlier one instead of corrupting the text', () => {
    const edits = [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, newText: 'X' },
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, newText: 'Y' },
    ];
    assert.equal(applyEdits('abcdef', edits), 'Xdef');
  });
});
