// Inline directives in HTML comments, every form of the design: vanban-disable [ids], vanban-enable
// [ids], vanban-disable-next-line [ids], vanban-disable-line [ids], vanban profile=NAME. Comments are
// invisible to the parser wherever they stand.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parse } from '../../server/src/engine';
import { ROOT } from '../helpers';

const BODY = [
  'Dòng một có hai  dấu cách.',
  'Dòng hai có hai  dấu cách , và dấu phẩy.',
  'Dòng ba có hai  dấu cách.',
  'Dòng bốn có hai  dấu cách.',
];
/** `rule@line` (1-based) for the double-space and punctuation-spacing findings. */
function found(text: string): string[] {
  return lint(text).filter((d) => d.rule === 'double-space' || d.rule === 'punctuation-spacing')
    .map((d) => `${d.rule}@${d.range.start.line + 1}`);
}

describe('inline directives', () => {
  it('without directives every line is reported', () => {
    assert.deepEqual(found(BODY.join('\n')), ['double-space@1', 'double-space@2', 'punctuation-spacing@2', 'double-space@3', 'double-space@4']);
  });

  it('vanban-disable <id> silences that rule from its line on; vanban-enable <id> brings it back', () => {
    const text = [BODY[0], '<!-- vanban-disable double-space -->', BODY[1], BODY[2], '<!-- vanban-enable double-space -->', BODY[3]].join('\n');
    assert.deepEqual(found(text), ['double-space@1', 'punctuation-spacing@3', 'double-space@6']);
  });

  it('vanban-disable without ids silences every rule; vanban-enable without ids ends it', () => {
    const text = ['<!-- vanban-disable -->', BODY[0], BODY[1], '<!-- vanban-enable -->', BODY[2]].join('\n');
    assert.deepEqual(found(text), ['double-space@5']);
  });

  it('vanban-disable-next-line silences the next line only, for the rules named (comma or space separated)', () => {
    const text = ['<!-- vanban-disable-next-line double-space, punctuation-spacing -->', BODY[1], BODY[2]].join('\n');
    assert.deepEqual(found(text), ['double-space@3']);
    const one = ['<!-- vanban-disable-next-line punctuation-spacing -->', BODY[1]].join('\n');
    assert.deepEqual(found(one), ['double-space@2']);
  });

  it('vanban-disable-line silences its own line, the comment standing at the end of it', () => {
    const text = [`${BODY[0]} <!-- vanban-disable-line -->`, BODY[2]].join('\n');
    assert.deepEqual(found(text), ['double-space@2']);
  });

  it('a directive in a comment over several lines still counts from its first line', () => {
    const text = ['<!--', 'vanban-disable double-space', '-->', BODY[0]].join('\n');
    assert.deepEqual(found(text), []);
  });

  it('vanban profile=NAME fixes the profile for the document', () => {
    const draft = readFileSync(join(ROOT, 'examples', 'quyet-dinh-ubnd.vanban'), 'utf8');
    assert.deepEqual(lint(draft).filter((d) => d.severity === 'error'), []);
    const asParty = lint(`<!-- vanban profile=dang-hd36 -->\n${draft}`).map((d) => d.rule);
    assert.ok(asParty.includes('header-title'), 'checked as a Party document, the state header is wrong');
    assert.ok(asParty.includes('signature-authority'));
    // An unknown profile name is ignored: the default applies.
    assert.deepEqual(lint(`<!-- vanban profile=nope -->\n${draft}`).filter((d) => d.severity === 'error'), []);
  });

  it('comments are invisible to the parser: a comment line in the header is skipped, a comment inside a line reads as blank space', () => {
    const draft = readFileSync(join(ROOT, 'examples', 'ket-luan-dang.vanban'), 'utf8');
    const lines = draft.split('\n');
    lines.splice(2, 0, '<!-- ghi chú của người soạn -->');
    lines[4] = lines[4].replace('Số 07', 'Số <!-- số do văn thư ghi -->07');
    const model = parse(lines.join('\n'));
    assert.equal(model.regime, 'dang');
    assert.equal(model.header.issuerLines.length, 2);
    assert.equal(model.header.number?.number, '07');
    assert.deepEqual(lint(lines.join('\n')).filter((d) => d.rule !== 'number-format' && (d.severity === 'error' || d.severity === 'warning')), []);
  });
});
