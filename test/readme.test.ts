// README.md stays true: its rules table is the one the rules' metadata and pages give, and the commands it
// shows exist.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesTable } from '../scripts/rules-table';
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers';
import { rules } from '../server/src/engine';
import { USER_README, withGeneratedBlocks } from '../scripts/user-readme';
import { existsSync } from 'node:fs';

describe('README.md', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('holds the rules table the rules give (regenerate with npx tsx scripts/rules-table.ts)', () => {
    const table = /<!-- rules-table:start -->\n([\s\S]*?)\n<!-- rules-table:end -->/.exec(readme)?.[1];
    assert.equal(table, rulesTable());
  });

  it('names npm scripts that exist', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const match of readme.matchAll(/npm run ([\w:-]+)/g)) assert.ok(scripts[match[1]], `npm run ${match[1]}`);
  });

  it('shows the output `npx vanban lint examples/` really prints (the sample is made from examples/)', () => {
    const block = /<!-- sample-output:start -->\n```\n([\s\S]*?)\n```\n<!-- sample-output:end -->/.exec(readme)?.[1];
    assert.ok(block, 'the sample-output block');
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'lint', 'examples/'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, 1, run.stderr);
    assert.equal(block, run.stdout.trimEnd(), 'regenerate the block with: node dist/cli.js lint examples/');
  });

  it('documents every lint option and format', () => {
    for (const word of ['--format', 'junit', 'github', 'codequality', 'sarif', '--output-file', '--quiet', '--min-severity', '--shard', '--print-config', '--version', '.vanbanignore', 'VANBAN_STRICT']) {
      assert.ok(readme.includes(word), word);
    }
  });

  it('states the rule counts the catalogue has', () => {
    const word = rules().filter((rule) => rule.input === 'docx').length;
    const text = rules().length - word;
    assert.match(readme, new RegExp(`${rules().length} rules \\(${text} on the text, ${word} on a Word file's formatting\\)`));
    assert.match(readme, new RegExp(`${text} rules on the header`));
    assert.match(readme, new RegExp(`and ${word} more on a Word file's formatting`));
  });

  it('names no figure a run does not check (test count, package size) and no unpublished package', () => {
    assert.doesNotMatch(readme, /\d[\d,]* tests\b/);
    assert.doesNotMatch(readme, /\.vsix is about/);
    assert.doesNotMatch(readme, /npm install --global vanban/);
    // The CI example builds the CLI from the repository: the commands it runs exist.
    assert.match(readme, /npm run build --prefix \.vanban/);
    assert.match(readme, /node \.vanban\/dist\/cli\.js lint/);
  });

  it('shows pictures that exist (the editor pictures come from npm run test:editor)', () => {
    for (const match of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) assert.ok(existsSync(join(ROOT, match[1])), match[1]);
  });

  it('lists every output format and command in its features', () => {
    const features = readme.slice(readme.indexOf('## Features'), readme.indexOf('## Quick start'));
    for (const word of ['JUnit', 'GitHub', 'GitLab Code', 'SARIF', 'vanban import', 'vanban render', 'vanban fix']) assert.ok(features.includes(word), word);
  });

  it('names each command as VS Code does', () => {
    const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    for (const match of readme.matchAll(/\*\*Văn bản(?: \(vanban\))?: ([^*]+)\*\*/g)) {
      assert.ok(Object.values(nls).includes(match[1]), `"${match[1]}" is a command title`);
    }
  });
});

describe('README.extension.md (the extension page)', () => {
  const readme = readFileSync(USER_README, 'utf8');

  it('is Vietnamese first, with its generated tables current (npm run readme:user)', () => {
    assert.match(readme, /^# Văn bản \(vanban\)/);
    assert.ok(readme.indexOf('## English') > readme.indexOf('## Lệnh'));
    assert.equal(readme, withGeneratedBlocks(readme));
  });

  it('shows screenshots shipped inside the package, read from it', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length >= 2);
    const files = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).files as string[];
    for (const image of images) {
      assert.ok(!/^https?:/.test(image), `${image} is in the package, not on the web`);
      assert.ok(image.startsWith('media/') && files.includes('media/**'), `${image} ships (files: media/**)`);
      assert.ok(existsSync(join(ROOT, image)), `${image} exists (taken by npm run test:editor)`);
    }
    const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.package as string;
    assert.match(script, /--readme-path README\.extension\.md/);
    assert.match(script, /--no-rewrite-relative-links/);
  });
});

