// Commands and pickers a user finds by typing without marks: every command's category carries `vanban`, the
// palette hides a command where it cannot work (the Word-check view cannot be exported), the settings
// come in a reasoned order, and the pickers' filter matches "cong van" to Công văn.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRuleId, matchesWithoutMarks, pageDescription, ruleLink, ruleOfPageAddress, rulePageSegments, withoutMarks } from '../client/src/rulePages.pure';
import { ROOT } from './helpers';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const resolve = (value: string) => (value.startsWith('%') ? nls[value.slice(1, -1)] : value);

describe('findable commands', () => {
  const commands = manifest.contributes.commands as { command: string; title: string; category?: string }[];

  it('every command is found by typing vanban (its category, as the palette shows "category: title")', () => {
    assert.ok(commands.length >= 10);
    for (const command of commands) {
      const label = `${resolve(command.category ?? '')}: ${resolve(command.title)}`;
      assert.ok(withoutMarks(label).includes('vanban'), label);
      assert.ok(matchesWithoutMarks('van ban', label), label);
    }
  });

  it('the export is hidden where it cannot work: the Word-check text view (vanban-word:) and other languages', () => {
    const menus = manifest.contributes.menus as Record<string, { command: string; when?: string }[]>;
    const exports = Object.values(menus).flat().filter((item) => item.command === 'vanban.exportDocx');
    assert.ok(exports.length >= 3);
    for (const item of exports) assert.match(item.when ?? '', /resourceScheme != vanban-word/, JSON.stringify(item));
    const palette = menus.commandPalette.find((item) => item.command === 'vanban.importWord');
    assert.match(palette?.when ?? '', /vanban-word/);
  });

  it('settings come in order: profile and language first, tracing last', () => {
    const configuration = manifest.contributes.configuration;
    const properties = (Array.isArray(configuration) ? configuration[0] : configuration).properties as Record<string, { order?: number }>;
    const ordered = Object.entries(properties).sort((a, b) => (a[1].order ?? 99) - (b[1].order ?? 99)).map(([key]) => key);
    assert.deepEqual(ordered.slice(0, 2), ['vanban.profile', 'vanban.messagesLanguage']);
    assert.equal(ordered.at(-1), 'vanban.trace.server');
    for (const [key, value] of Object.entries(properties)) assert.equal(typeof value.order, 'number', key);
  });

  it('vanban.messagesLanguage says commands and settings stay Vietnamese', () => {
    assert.match(nls['config.messagesLanguage'], /Tên lệnh và phần mô tả thiết lập luôn bằng tiếng Việt/);
  });
});

describe('matching without marks', () => {
  it('finds Công văn from "cong van", Đảng from "dang", and not what does not match', () => {
    assert.ok(matchesWithoutMarks('cong van', 'Công văn'));
    assert.ok(matchesWithoutMarks('dang', 'Đảng'));
    assert.ok(matchesWithoutMarks('so ky hieu', 'number-format', 'Số và ký hiệu viết đúng mẫu của hệ văn bản.'));
    assert.ok(matchesWithoutMarks('Công', 'Công văn'));
    assert.ok(!matchesWithoutMarks('quyet dinh', 'Công văn'));
  });
});

describe('rule pages in the editor', () => {
  it('links a code to the command that opens the bundled page, with the rule as its argument', () => {
    const link = ruleLink('number-format');
    assert.ok(link.startsWith('command:vanban.openRulePage?'));
    assert.deepEqual(JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1))), ['number-format']);
  });

  it('reads the rule from the server\'s page address, and nothing else', () => {
    assert.equal(ruleOfPageAddress('https://github.com/vanban/vanban/blob/main/docs/rules/date-format.md'), 'date-format');
    assert.equal(ruleOfPageAddress('file:///x/docs/rules/en/date.md'), 'date');
    assert.equal(ruleOfPageAddress('https://example.com/evil'), undefined);
    // The quick fix's argument is the diagnostic's code link as the client rewrote it.
    assert.equal(ruleOfPageAddress(ruleLink('signature')), 'signature');
    assert.equal(ruleOfPageAddress('command:vanban.openRulePage?%5B%22..%2Fx%22%5D'), undefined);
    assert.ok(!isRuleId('../x'));
  });

  it('opens the page of the user\'s language, which exists in the package, with its description', () => {
    for (const language of ['vi', 'en']) {
      const page = readFileSync(join(ROOT, ...rulePageSegments('number-format', language)), 'utf8');
      assert.ok(pageDescription(page));
    }
    assert.match(pageDescription(readFileSync(join(ROOT, ...rulePageSegments('number-format', 'vi')), 'utf8'))!, /Số và ký hiệu/);
  });
});
