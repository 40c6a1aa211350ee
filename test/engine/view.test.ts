// The reader's view (parse/view.ts): built once per version, passed as a value and carried by the model,
// so the rules and the render read the masked lines, the folded view and the cells from `model.view`
// rather than derive them again (that no engine file keeps state at module level: test/lint/engine-shape.test.ts).

import * as assert from 'node:assert/strict';
import { parse } from '../../server/src/engine';
import { parseIncremental } from '../../server/src/engine/parse/parse';

describe('the reader\'s view', () => {
  it('carries the masked lines, the folded view and the cells, each line keeping its length', () => {
    const text = 'UBND TỈNH X      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM <!-- ghi chú -->\nÐộc lập - Tự do - Hạnh phúc\nNơi nhận: <!-- mở\nvẫn ẩn -->- Như trên;';
    const { view, lines } = parse(text);
    assert.equal(view.masked[0], `UBND TỈNH X      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ${' '.repeat('<!-- ghi chú -->'.length)}`);
    assert.equal(view.masked[2], `Nơi nhận: ${' '.repeat('<!-- mở'.length)}`);
    assert.equal(view.masked[3], `${' '.repeat('vẫn ẩn -->'.length)}- Như trên;`);
    assert.equal(view.lines[1].text, 'Độc lập - Tự do - Hạnh phúc');
    lines.forEach((line, i) => assert.equal(view.lines[i].text.length, line.text.length));
    assert.deepEqual(view.cells(0).map((cell) => cell.text), ['UBND TỈNH X', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    assert.equal(view.cells(0), view.cells(0), 'split once per version');
    assert.deepEqual(view.hints, [2]);
  });

  it('is the same value from a full and an incremental parse, and one parse never sees another\'s', () => {
    const first = 'QUYẾT ĐỊNH\nVề việc A\n\nĐiều 1. Một.\n';
    const second = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n';
    const a = parseIncremental(first);
    const b = parseIncremental(second);
    const a2 = parseIncremental(`${first}Điều 2. Hai.\n`, a.memo);
    assert.deepStrictEqual(a2.model, parse(`${first}Điều 2. Hai.\n`));
    assert.deepStrictEqual(parseIncremental(second, b.memo).model, parse(second));
  });
});
