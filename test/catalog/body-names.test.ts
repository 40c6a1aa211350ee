// The catalogue of fixed body names (catalog/bodyNames.ts) as organisation-case reads it: each name passes
// as the catalogue writes it, in either tone style, and is reported when a later word loses or gains its
// capital (`Bộ chính trị`, `Sở Văn hóa, thể thao và Du lịch`).

import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { FIXED_BODY_NAMES } from '../../server/src/engine/catalog/bodyNames';

const inText = (name: string) => `ĐẢNG CỘNG SẢN VIỆT NAM\n\nThực hiện chỉ đạo của ${name} về công tác này.\n`;
const caseFindings = (name: string) => lint(inText(name), { language: 'en' }).filter((d) => d.rule === 'organisation-case').map((d) => d.message);

/** The name with the first capital after its first word put in lower case (or undefined: no such word). */
function slipped(name: string): string | undefined {
  const words = name.split(' ');
  const at = words.findIndex((word, i) => i > 0 && /^\p{Lu}/u.test(word));
  if (at < 0) return undefined;
  words[at] = words[at].toLowerCase();
  return words.join(' ');
}

describe('fixed body names', () => {
  it('holds the Party\'s and the state\'s fixed names, in both tone styles', () => {
    for (const name of ['Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương', 'Ủy ban Kiểm tra Trung ương', 'Uỷ ban Kiểm tra Trung ương', 'Quốc hội',
      'Ủy ban Thường vụ Quốc hội', 'Chính phủ', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hoá, Thể thao và Du lịch']) {
      assert.ok(FIXED_BODY_NAMES.includes(name), name);
    }
  });

  it('each name passes as written and is reported with a lower-cased capital', () => {
    for (const name of FIXED_BODY_NAMES) {
      assert.deepEqual(caseFindings(name), [], name);
      const slip = slipped(name);
      if (slip) assert.equal(caseFindings(slip).length, 1, slip);
    }
  });
});
