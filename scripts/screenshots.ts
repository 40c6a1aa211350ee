// `npm run screenshots`: the README's images, made from the project's own renderers.
//   docs/images/preview.png    a draft beside its preview (the webview's page, in Debian's chromium)
//   docs/images/docx-page.png  page 1 of the exported .docx, as LibreOffice prints it
// Needs /usr/bin/chromium, libreoffice and pdftoppm (Debian: chromium, libreoffice-writer, poppler-utils).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromiumContext } from './chromium';
import { lintModel, parse } from '../server/src/engine';
import { escapeHtml, renderDocxFile, renderPreview } from '../server/src/engine/render';

const ROOT = resolve(__dirname, '..');
const IMAGES = join(ROOT, 'docs', 'images');

/** The Party example with its date line left out, so the preview shows a placeholder. */
function previewDraft(): string {
  return readFileSync(join(ROOT, 'examples', 'ket-luan-dang.vanban'), 'utf8').replace(/^Yên Phong, ngày .*\n/m, '');
}

function editorBesidePreview(source: string): string {
  const model = parse(source);
  const page = renderPreview(model, lintModel(model, { language: 'vi' }).diagnostics);
  const lines = source.split('\n').map((line, i) => `<div><span class="n">${i + 1}</span>${escapeHtml(line) || ' '}</div>`).join('');
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
body{margin:0;display:grid;grid-template-columns:46% 54%;height:100vh;font-family:"Liberation Sans",sans-serif}
.editor{background:#1e1e1e;color:#d4d4d4;overflow:hidden;font:13px/19px "Liberation Mono",monospace;padding-top:8px}
.tab{background:#252526;color:#fff;font:12px "Liberation Sans",sans-serif;padding:8px 14px;margin:-8px 0 8px}
.editor .n{display:inline-block;width:34px;color:#858585;text-align:right;margin-right:14px}
.editor div{white-space:pre}
.preview{background:#8a8d91;overflow:hidden;padding:16px 0}
.preview .vb-page{box-shadow:0 1px 6px rgba(0,0,0,.45);transform:scale(.82);transform-origin:top center}
${page.css}
</style></head><body>
<div class="editor"><div class="tab">ket-luan-dang.vanban</div>${lines}</div>
<div class="preview">${page.markup}</div>
</body></html>`;
}

async function previewImage(out: string): Promise<void> {
  const { context, profile } = await launchChromiumContext({ viewport: { width: 1500, height: 980 } });
  try {
    const page = await context.newPage();
    await page.setContent(editorBesidePreview(previewDraft()), { waitUntil: 'load' });
    await page.screenshot({ path: out });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function docxImage(out: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'vanban-docx-shot-'));
  try {
    const source = readFileSync(join(ROOT, 'examples', 'quyet-dinh-ubnd.vanban'), 'utf8');
    const model = parse(source);
    const docx = join(work, 'quyet-dinh-ubnd.docx');
    writeFileSync(docx, await renderDocxFile(model, lintModel(model).diagnostics));
    execFileSync('libreoffice', [`-env:UserInstallation=file://${join(work, 'lo')}`, '--headless', '--norestore',
      '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'pipe' });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(work, 'quyet-dinh-ubnd.pdf'), join(work, 'page')]);
    renameSync(join(work, 'page.png'), out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  await previewImage(join(IMAGES, 'preview.png'));
  await docxImage(join(IMAGES, 'docx-page.png'));
  process.stdout.write(`wrote ${join(IMAGES, 'preview.png')} and ${join(IMAGES, 'docx-page.png')}\n`);
}

main().catch((error) => {
  process.stderr.write(`screenshots: ${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
