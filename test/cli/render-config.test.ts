// `vanban render` resolves its options as `lint` does (the draft's nearest .vanbanrc.json, --config, then
// the flags) and draws the page from the analysis: a profile that makes a state draft a Party document
// gives the Party layout with the missing title marked, as the rules report it.

import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { vanban } from './run';

const EXAMPLE = join(ROOT, 'examples', 'quyet-dinh-ubnd.vanban');

describe('vanban render: configuration as lint resolves it', () => {
  let dir: string;
  let draft: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-render-config-'));
    draft = join(dir, 'quyet-dinh.vanban');
    copyFileSync(EXAMPLE, draft);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('draws the state layout with no configuration', () => {
    const run = vanban(['render', '--to', 'html', draft]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /<article class="vb-page vb-nd30"/);
    assert.doesNotMatch(run.stdout, /data-rule="header-title"/);
  });

  it('honours the profile of the draft’s .vanbanrc.json: Party layout, title placeholder', () => {
    writeFileSync(join(dir, '.vanbanrc.json'), JSON.stringify({ profile: 'dang-hd36' }));
    const run = vanban(['render', '--to', 'html', draft]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /<article class="vb-page vb-dang"/);
    assert.match(run.stdout, /class="vb-missing"[^>]*data-rule="header-title"[^>]*>[^<]*Thiếu tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM/);
    // lint, with the same configuration, reports the same missing title.
    const lint = vanban(['lint', '--format', 'json', draft]);
    assert.ok(JSON.parse(lint.stdout)[0].diagnostics.some((d: { rule: string }) => d.rule === 'header-title'));
  });

  it('takes --config and --profile as lint does, the flag over the file', () => {
    const config = join(dir, 'party.json');
    writeFileSync(config, JSON.stringify({ profile: 'dang-hd36' }));
    const fromConfig = vanban(['render', '--to', 'html', '--config', config, draft]);
    assert.match(fromConfig.stdout, /<article class="vb-page vb-dang"/);
    const flagWins = vanban(['render', '--to', 'html', '--config', config, '--profile', 'nd30', draft]);
    assert.match(flagWins.stdout, /<article class="vb-page vb-nd30"/);
    const docx = join(dir, 'out.docx');
    const written = vanban(['render', '--config', config, draft, '-o', docx]);
    assert.equal(written.code, 0, written.stderr);
    assert.equal(readFileSync(docx).subarray(0, 2).toString('latin1'), 'PK');
  });

  it('refuses what lint refuses: an unknown profile or language, an unreadable config', () => {
    for (const args of [['--profile', 'nope'], ['--lang', 'fr'], ['--config', join(dir, 'missing.json')]]) {
      const run = vanban(['render', '--to', 'html', ...args, draft]);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /^vanban render: /);
    }
  });
});
