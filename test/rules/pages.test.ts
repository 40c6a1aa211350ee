// Every rule has its page in both languages (docs/rules/<id>.md Vietnamese, docs/rules/en/<id>.md
// English) and every page names a rule. The generated parts are current; a page states the rule's
// severity, regimes and fix class, which agree with the rule and with what its fixes really do on the
// rule's bad fixtures; and the page's examples, linted here, give the findings the page says they give.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProfileName, lint, rules } from '../../server/src/engine';
import { examples, generatePages, pagePath, PAGES_DIR, readPage, SECTIONS, sections, statedFix } from '../../scripts/rule-pages';
import { ROOT } from '../helpers';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');
const LANGUAGES = ['vi', 'en'] as const;
// Letters only Vietnamese writes: a Vietnamese page's prose has them, an English page's prose (outside code) barely.
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

function prose(text: string): string {
  return text.replace(/`[^`\n]*`/g, '').split('\n```')[0];
}

describe('rule pages', () => {
  const ids = new Set(rules().map((rule) => rule.id));

  it('every page names a rule, in both languages', () => {
    for (const dir of [PAGES_DIR, join(PAGES_DIR, 'en')]) {
      const orphans = readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).filter((id) => !ids.has(id));
      assert.deepEqual(orphans, [], dir);
    }
  });

  it('every rule of the catalogue has a Vietnamese and an English page', () => {
    const missing = rules().flatMap((rule) => LANGUAGES.filter((language) => !existsSync(pagePath(rule.id, language))).map((language) => `${rule.id} (${language})`));
    assert.deepEqual(missing, []);
  });

  it('the catalogue has at least 40 rules', () => {
    assert.ok(rules().length >= 40, `${rules().length} rules`);
  });

  for (const rule of rules()) {
    describe(rule.id, () => {
      const pages = { vi: readPage(rule.id, 'vi'), en: readPage(rule.id, 'en') };

      it('the generated parts are current (npx tsx scripts/rule-pages.ts --write)', () => {
        const expected = generatePages(rule, pages.vi, pages.en);
        assert.equal(pages.vi, expected.vi, 'Vietnamese page');
        assert.equal(pages.en, expected.en, 'English page');
      });

      for (const language of LANGUAGES) {
        it(`${language}: the sections, in order, each written`, () => {
          const page = pages[language];
          assert.ok(page.startsWith(`# ${rule.id}\n`), 'title');
          const { sections: found } = sections(page);
          const names = SECTIONS[language];
          const order = [names.checks, names.why, names.wrong, names.right, names.fix];
          assert.deepEqual([...found.keys()].filter((name) => order.includes(name)), order);
          for (const name of order) assert.ok((found.get(name) ?? '').length >= 8, `section ${name} is written`);
          const letters = prose(`${found.get(names.checks)}\n${found.get(names.why)}`).match(VIETNAMESE_LETTERS)?.length ?? 0;
          if (language === 'vi') assert.ok(letters >= 15, `the Vietnamese page's prose is Vietnamese (${letters} marked letters)`);
        });
      }

      it('the examples give the findings the page says they give', () => {
        const { sections: found } = sections(pages.vi);
        const wrong = examples(found.get(SECTIONS.vi.wrong) ?? '');
        const right = examples(found.get(SECTIONS.vi.right) ?? '');
        assert.ok(wrong.length > 0 && right.length > 0, 'a wrong and a right example');
        if (rule.input === 'docx') {
          // A formatting rule reads a Word file: its examples describe formatting, not a draft to lint.
          for (const block of [...wrong, ...right]) assert.equal(block.info, 'text', 'a Word rule describes its examples as text');
          return;
        }
        for (const [blocks, expectFinding] of [[wrong, true], [right, false]] as const) {
          for (const block of blocks) {
            const [language, profile = 'auto'] = block.info.split(/\s+/);
            assert.equal(language, 'vanban', `an example is a draft (\`\`\`vanban <profile>): ${block.info}`);
            assert.ok(isProfileName(profile), `profile ${profile}`);
            const findings = lint(block.text, { profile }).filter((d) => d.rule === rule.id);
            if (expectFinding) assert.ok(findings.length > 0, `the wrong example gives ${rule.id}:\n${block.text}`);
            else assert.deepEqual(findings.map((d) => d.message), [], `the right example gives no ${rule.id}:\n${block.text}`);
          }
        }
      });

      it('the metadata line agrees with the rule and its fixes', () => {
        const fix = statedFix(pages.vi);
        assert.ok(fix, 'the fix class');
        assert.equal(statedFix(pages.en), fix);
        const folder = join(FIXTURES, rule.id);
        const safeties = new Set<string>();
        for (const name of readdirSync(folder).filter((n) => n.startsWith('bad'))) {
          for (const d of lint(readFileSync(join(folder, name), 'utf8'))) if (d.rule === rule.id && d.fix) safeties.add(d.fix.safety);
        }
        if (fix === 'none') assert.deepEqual([...safeties], [], 'a rule documented without a fix offers none');
        else assert.ok(safeties.has(fix), `a ${fix} fix on a bad fixture (found: ${[...safeties].join(', ') || 'none'})`);
      });
    });
  }
});
