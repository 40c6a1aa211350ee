// Every real document parses and lints without an exception, within a sane time, in every profile.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { lint, parse, PROFILE_NAMES } from '../server/src/engine';
import { corpusFiles, needsShared } from './helpers';

describe('the real corpus', () => {
  if (needsShared()) return;
  const files = corpusFiles();

  it('holds the documents SOURCES.md describes', () => {
    assert.ok(files.length >= 50, `only ${files.length} corpus files found`);
  });

  for (const file of files) {
    it(`parses and lints ${basename(file)} in every profile`, () => {
      const text = readFileSync(file, 'utf8');
      const model = parse(text);
      assert.equal(model.lines.length, text.split(/\r\n|\n|\r/).length);
      for (const profile of PROFILE_NAMES) {
        const failures: string[] = [];
        const diagnostics = lint(text, { profile, onRuleError: (rule, error) => failures.push(`${rule}: ${String(error)}`) });
        assert.deepEqual(failures, []);
        for (const d of diagnostics) {
          assert.ok(d.range.start.line >= 0 && d.range.end.line < model.lines.length, `${d.rule} range outside the document`);
          assert.ok(d.range.end.character <= model.lines[d.range.end.line].text.length, `${d.rule} range past the line end`);
        }
      }
    });
  }
});
