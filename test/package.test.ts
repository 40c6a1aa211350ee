// What `npm pack` ships (and `vsce package`, which reads the same `files` list): what runs, nothing else —
// no sources, tests, source maps or build metadata; and the manifest's release fields.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('the package', function () {
  this.timeout(60_000);

  it('ships only what runs (npm pack --dry-run)', () => {
    const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const [pack] = JSON.parse(run.stdout) as { files: { path: string }[]; unpackedSize: number }[];
    const paths = pack.files.map((file) => file.path);
    const allowed = /^(package\.json|package\.nls(\.[a-z-]+)?\.json|README(\.extension)?\.md|LICENSE|CHANGELOG\.md|language-configuration\.json|images\/icon\.png|l10n\/[^/]+\.json|dist\/.+\.js|docs\/rules\/(en\/)?[a-z-]+\.md|syntaxes\/.+|snippets\/.+|media\/.+|schemas\/.+\.json)$/;
    assert.deepEqual(paths.filter((path) => !allowed.test(path)), []);
    for (const needed of ['dist/extension.js', 'dist/server.js', 'dist/cli.js', 'dist/vanban.js', 'dist/render-docx.js', 'dist/web/extension.js', 'dist/web/server.js', 'CHANGELOG.md', 'schemas/vanbanrc.schema.json', 'docs/rules/number-format.md', 'docs/rules/en/number-format.md']) {
      assert.ok(paths.includes(needed), needed);
    }
    assert.ok(!paths.some((path) => path.endsWith('.map') || path.endsWith('.ts')), 'no maps, no sources');
    // The engine library (dist/engine.js) is for builds of the repository; the extension and the CLI never load it.
    assert.ok(!paths.includes('dist/engine.js'), 'no library bundle that nothing in the package loads');
    assert.ok(pack.unpackedSize < 8 * 1024 * 1024, `${pack.unpackedSize} bytes`);
  });

  it('has the release fields: a changelog, a gallery banner, no Formatters category without a formatter', () => {
    assert.match(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), /^# Changelog\n[\s\S]*## \[Unreleased\]/);
    assert.match(manifest.galleryBanner.color, /^#[0-9A-Fa-f]{6}$/);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
    assert.ok(!manifest.categories.includes('Formatters'));
  });

  it('declares the Node it runs on, and the lock file holds one esbuild and no package demanding a newer Node', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } }> };
    const esbuilds = Object.keys(lock.packages).filter((path) => /(^|\/)node_modules\/esbuild$/.test(path));
    assert.deepEqual(esbuilds, ['node_modules/esbuild']);
    // Every engines.node range in the lock must admit the oldest Node the project declares.
    const oldest = /^>=(\d+)/.exec(manifest.engines.node)?.[1];
    assert.ok(oldest, manifest.engines.node);
    const refuses = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines?.node && !admits(entry.engines.node, Number(oldest)))
      .map(([path, entry]) => `${path} ${entry.engines!.node}`);
    assert.deepEqual(refuses, []);
  });
});

/** Whether a simple engines range (`>=18`, `^18 || >=20`, `^20.19.0 || >=22.12.0`) admits Node `major`.x. */
function admits(range: string, major: number): boolean {
  return range.split('||').some((part) => {
    const clause = part.trim().replace(/(>=|<=|>|<|\^|~)\s+/g, '$1');
    if (clause === '*' || clause === '') return true;
    return clause.split(/\s+/).every((term) => {
      const m = /^(>=|>|\^|~|<=|<)?v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(term);
      if (!m) return true; // a form this check does not read is not held against the package
      const v = Number(m[2]);
      switch (m[1]) {
        case '>=': return major >= v;
        case '>': return major > v || (major === v && (m[3] ?? '0') !== '0');
        case '<': return major < v;
        case '<=': return major <= v;
        default: return major === v; // ^, ~ or exact: same major
      }
    });
  });
}
