// `.vanbanrc.json` text -> validated options and problems with ranges (the pure engine part).

import * as assert from 'node:assert/strict';
import { lint, localize, mergeOptions, parseConfig } from '../../server/src/engine';

const problems = (text: string) => parseConfig(text).problems.map((p) => ({
  line: p.range.start.line, character: p.range.start.character, severity: p.severity, message: localize('en', p.message),
}));

describe('config: parsing .vanbanrc.json', () => {
  it('reads a valid file with comments and a trailing comma', () => {
    const { options, problems } = parseConfig(`{
      // the house profile
      "profile": "dang-hd36",
      "language": "en",
      "rules": { "paragraph-case": "off", "double-space": { "severity": "warning" }, "tone-consistency": { "options": { "style": "main-vowel" } }, },
    }`);
    assert.deepEqual(problems, []);
    assert.deepEqual(options, {
      profile: 'dang-hd36', language: 'en',
      rules: { 'paragraph-case': 'off', 'double-space': { severity: 'warning' }, 'tone-consistency': { options: { style: 'main-vowel' } } },
    });
  });

  it('takes a top-level word list as the spelling rule\'s words, added to the editor\'s vanban.words', () => {
    const draft = 'Các hộ dân trồng cây kđăm ở ven suối.';
    const spelling = (options: Parameters<typeof lint>[1]) => lint(draft, options).filter((d) => d.rule === 'syllable-spelling').length;
    assert.ok(spelling({}) > 0, 'the fixture must have a word the spelling rule does not know');
    const { options, problems } = parseConfig('{ "words": ["kđăm"], "rules": { "syllable-spelling": "warning" } }');
    assert.deepEqual(problems, []);
    assert.deepEqual(options.rules?.['syllable-spelling'], { severity: 'warning', options: { words: ['kđăm'] } });
    assert.equal(spelling(options), 0);
    // The editor's list and the file's list add up.
    const merged = mergeOptions({ rules: { 'syllable-spelling': { options: { words: ['xyz'] } } } }, options);
    assert.deepEqual(merged.rules?.['syllable-spelling'], { severity: 'warning', options: { words: ['kđăm', 'xyz'] } });
    assert.ok(parseConfig('{ "words": "kđăm" }').problems.length > 0, 'a word list is an array of strings');
  });

  it('reports broken JSON where it breaks and uses the defaults', () => {
    const { options } = parseConfig('{\n  "profile": "nd30"\n  "rules": {}\n}');
    assert.deepEqual(options, {});
    assert.deepEqual(problems('{\n  "profile": "nd30"\n  "rules": {}\n}'), [
      { line: 2, character: 2, severity: 'error', message: 'The configuration is not valid JSON (CommaExpected): the defaults are used' },
    ]);
  });

  it('reports a file that is not an object', () => {
    assert.deepEqual(problems('[1, 2]').map((p) => p.message), ['The configuration is a JSON object: the defaults are used']);
    assert.deepEqual(parseConfig('').problems, []);
  });

  it('reports an unknown profile on its value and keeps the default', () => {
    const { options } = parseConfig('{ "profile": "hd99" }');
    assert.equal(options.profile, undefined);
    assert.deepEqual(problems('{ "profile": "hd99" }'), [
      { line: 0, character: 13, severity: 'warning', message: 'profile takes one of auto, dang-hd36, dang-hd05, nd30, qppl' },
    ]);
  });

  it('reports unknown rule ids, wrong severities and wrong types, keeping the valid entries', () => {
    const text = '{\n "rules": {\n  "no-such-rule": "off",\n  "double-space": "loud",\n  "brackets-balanced": 3,\n  "unicode-nfc": "error",\n  "tone-consistency": { "severity": "hint", "colour": 1 }\n },\n "profileOptions": { "bodyEnd": "!!", "shade": 1 },\n "extra": true\n}';
    const { options } = parseConfig(text);
    assert.deepEqual(options.rules, { 'unicode-nfc': 'error', 'tone-consistency': { severity: 'hint' } });
    assert.deepEqual(problems(text).map((p) => `${p.line}:${p.character} ${p.message}`), [
      '2:2 Unknown rule no-such-rule',
      '3:18 rules.double-space takes one of off, error, warning, info, hint',
      '4:23 rules.brackets-balanced is set to one of off, error, warning, info, hint, or to an object with severity, options',
      '6:44 Unknown setting colour: the settings are severity, options',
      '8:1 Unknown setting profileOptions: the settings are $schema, profile, language, words, rules',
      '9:1 Unknown setting extra: the settings are $schema, profile, language, words, rules',
    ]);
  });

  it('lets the file win over the editor settings, key by key', () => {
    const merged = mergeOptions(
      { profile: 'nd30', language: 'vi', rules: { 'double-space': 'off', 'unicode-nfc': 'error' } },
      { profile: 'dang-hd36', rules: { 'double-space': 'warning' } },
    );
    assert.deepEqual(merged, {
      profile: 'dang-hd36', language: 'vi',
      rules: { 'double-space': 'warning', 'unicode-nfc': 'error' },
    });
  });

  it('drives the linter: a rule turned off, a severity changed, a rule option set', () => {
    const draft = 'Văn bản có hai  dấu cách và việc hoà giải, hòa nhập.\n';
    const rulesOf = (options: object) => lint(draft, options).map((d) => `${d.rule}:${d.severity}`);
    assert.deepEqual(rulesOf({}).filter((r) => r.startsWith('double-space')), ['double-space:info']);
    const config = parseConfig('{ "rules": { "double-space": "error", "tone-consistency": "off" } }').options;
    assert.deepEqual(rulesOf(config).filter((r) => /double-space|tone/.test(r)), ['double-space:error']);
    const house = parseConfig('{ "rules": { "tone-consistency": { "options": { "style": "main-vowel" } } } }').options;
    assert.deepEqual(lint(draft, house).filter((d) => d.rule === 'tone-consistency').map((d) => `${d.severity} ${d.range.start.character}`), [`warning ${draft.indexOf('hòa')}`]);
  });

  // Keys that name Object.prototype members, deep nesting and huge files must not stop linting.
  const HOSTILE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
  for (const key of HOSTILE_KEYS) {
    it(`reports ${key} as an unknown key in every object, and lint still runs`, () => {
      const text = `{ "${key}": 1, "rules": { "${key}": "off", "double-space": { "${key}": 1 }, "tone-consistency": { "options": { "${key}": "x" } } } }`;
      const { options, problems: found } = parseConfig(text);
      assert.deepEqual(found.map((p) => localize('en', p.message)).sort(), [
        `Unknown rule ${key}`,
        `Unknown setting ${key}: the settings are $schema, profile, language, words, rules`,
        `The rule tone-consistency has no option ${key}: its options are style`,
        `Unknown setting ${key}: the settings are severity, options`,
      ].sort());
      assert.deepEqual(options, { rules: { 'double-space': {}, 'tone-consistency': { options: {} } } });
      assert.ok(Array.isArray(lint('Số 1/QĐ-UBND\n', options)));
      const toneOptions = (options.rules?.['tone-consistency'] as { options: object }).options;
      assert.equal(Object.getPrototypeOf(toneOptions), Object.prototype, 'a __proto__ key never becomes a prototype');
    });
  }

  it('rejects a severity the engine does not know ("fatal") in both forms', () => {
    const { options, problems: found } = parseConfig('{ "rules": { "double-space": "fatal", "unicode-nfc": { "severity": "fatal" } } }');
    assert.deepEqual(options.rules, { 'unicode-nfc': {} });
    assert.deepEqual(found.map((p) => localize('en', p.message)), [
      'rules.double-space takes one of off, error, warning, info, hint',
      'rules.unicode-nfc.severity takes one of off, error, warning, info, hint',
    ]);
  });

  it('refuses nesting deeper than the limit without overflowing the stack, where it gets too deep', () => {
    for (const open of ['[', '{"a":']) {
      const text = `{ "rules": { "double-space": { "options": ${open.repeat(6000)}1${(open === '[' ? ']' : '}').repeat(6000)} } } }`;
      const { options, problems: found } = parseConfig(text);
      assert.deepEqual(options, {});
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'error');
      assert.match(localize('en', found[0].message), /nests deeper than 32 levels/);
      assert.ok(found[0].range.start.character > 30, 'points at the first level too deep');
    }
  });

  it('refuses a file over the size limit and one with too many values', () => {
    assert.match(localize('en', parseConfig(`{ "$schema": "${'x'.repeat(1_000_001)}" }`).problems[0].message), /larger than 1000000 characters/);
    const many = `{ "rules": { "double-space": { "options": { "list": [${Array(30_000).fill(0).join(',')}] } } } }`;
    assert.match(localize('en', parseConfig(many).problems[0].message), /more than 20000 values/);
    const huge = `{ "rules": { "double-space": { "options": { "list": [${Array(450_000).fill(0).join(',')}] } } } }`;
    assert.ok(huge.length < 1_000_000);
    assert.match(localize('en', parseConfig(huge).problems[0].message), /more than 20000 values/, 'an array of 450,000 values');
  });

  it('reports a value of the wrong type with its path', () => {
    const { options, problems: found } = parseConfig('{ "rules": [], "words": 3, "language": null }');
    assert.deepEqual(options, {});
    assert.deepEqual(found.map((p) => localize('en', p.message)), [
      'rules must be of type object', 'words must be of type array', 'language takes one of vi, en',
    ]);
  });
});
