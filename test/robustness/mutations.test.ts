// Mutation fuzzing from the real corpus, and pathological inputs: the engine keeps working and every range
// stays inside the document.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { LARGE_DOCUMENT, lint, parse } from '../../server/src/engine';
import { corpusFiles, needsShared, SEED } from '../helpers';

const MUTANTS_PER_FILE = Number(process.env.VANBAN_MUTANTS ?? 40);

/** A small seeded generator, so a failure names a reproducible case. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 0x100000000;
  };
}

const INJECTED = ['\u0000', '\u0007', '\u001b[31m', '\uD800', '\uDFFF', '\u202E', '\u202D', '\u200B', '\u200D', '\uFEFF', '\u2028', '\u0301\u0301', '\t\t\t', '<!--', '-->', '**', '*'];

export function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const pick = () => Math.floor(next() * lines.length);
  const operations = 1 + Math.floor(next() * 6);
  for (let k = 0; k < operations && lines.length > 0; k++) {
    const i = pick();
    switch (Math.floor(next() * 7)) {
      case 0: lines.splice(i, 1); break; // delete
      case 1: lines.splice(i, 0, lines[i]); break; // duplicate
      case 2: { const j = pick(); [lines[i], lines[j]] = [lines[j], lines[i]]; break; } // swap
      case 3: lines[i] = lines[i].slice(0, Math.floor(next() * lines[i].length)); break; // truncate
      case 4: { // inject a control, surrogate, bidi or zero-width character
        const at = Math.floor(next() * (lines[i].length + 1));
        lines[i] = lines[i].slice(0, at) + INJECTED[Math.floor(next() * INJECTED.length)] + lines[i].slice(at);
        break;
      }
      case 5: lines[i] = lines[i].normalize('NFD'); break;
      default: lines[i] = lines[i].replace(/\n/g, '\r\n') + '\r'; break;
    }
  }
  return lines.join('\n');
}

function assertSane(text: string, label: string): void {
  const failures: string[] = [];
  const model = parse(text);
  const diagnostics = lint(text, { onRuleError: (rule, error) => failures.push(`${rule}: ${error}`) });
  assert.deepEqual(failures, [], label);
  for (const d of diagnostics) {
    assert.ok(d.range.end.line < model.lines.length, `${label}: ${d.rule} line out of range`);
    assert.ok(d.range.end.character <= model.lines[d.range.end.line].text.length, `${label}: ${d.rule} column out of range`);
  }
}

describe('mutation fuzzing from the real corpus', function () {
  this.timeout(120000);
  if (needsShared()) return;
  for (const file of corpusFiles()) {
    it(`survives ${MUTANTS_PER_FILE} mutants of ${basename(file)}`, () => {
      const text = readFileSync(file, 'utf8');
      const next = random(text.length);
      for (let n = 0; n < MUTANTS_PER_FILE; n++) assertSane(mutate(text, next), `${basename(file)} mutant ${n}`);
    });
  }
});

describe('pathological inputs', function () {
  this.timeout(120000);
  if (needsShared()) return;
  const seed = readFileSync(SEED, 'utf8');

  it('handles a 1 MB single line of every shape', () => {
    for (const line of ['Số ' + '1 '.repeat(500000), 'Hà Nội, ngày' + ' '.repeat(1000000) + 'x', '*'.repeat(1000000), 'a'.repeat(1000000), '(' .repeat(1000000)]) {
      assertSane(line, `1 MB line starting ${JSON.stringify(line.slice(0, 12))}`);
    }
  });

  it('handles binary junk, lone surrogates and control characters', () => {
    const next = random(42);
    let junk = '';
    for (let i = 0; i < 200000; i++) junk += String.fromCharCode(Math.floor(next() * 0x10000));
    assertSane(junk, 'random UTF-16 units');
  });

  it('runs only the quick checks on a 50 MB file, and says so once', () => {
    const huge = seed.repeat(Math.ceil(50_000_000 / seed.length));
    const diagnostics = lint(huge);
    assert.equal(diagnostics.filter((d) => d.rule === LARGE_DOCUMENT).length, 1);
    assert.equal(diagnostics.find((d) => d.rule === LARGE_DOCUMENT)?.severity, 'info');
    assert.ok(diagnostics.some((d) => d.rule === 'number-format'), 'cheap rules still run');
    assert.equal(diagnostics.some((d) => d.rule === 'section-numbering'), false, 'the costly rules are skipped');
  });

  it('lets the size limit be configured', () => {
    const diagnostics = lint(seed, { largeDocumentChars: 1000 });
    assert.equal(diagnostics[0].rule, LARGE_DOCUMENT);
    assert.match(diagnostics[0].message, /1000/);
  });
});
