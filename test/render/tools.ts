// External tools the render tests drive: Debian's chromium (through playwright-core), LibreOffice,
// poppler-utils and unzip. CI installs them; when one is absent the tests fail and say which.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromiumContext } from '../../scripts/chromium';
import { lintModel, parse } from '../../server/src/engine';
import { ROOT } from '../helpers';
import { startPageServer, type PageServer } from './server';

export { CHROMIUM } from '../../scripts/chromium';
export const FIXTURES = join(ROOT, 'test', 'render', 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The model and the Vietnamese findings of a draft, as the server computes them. */
export function analyse(text: string) {
  const model = parse(text);
  return { model, findings: lintModel(model, { language: 'vi' }).diagnostics };
}

export function requireTool(command: string, apt: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`${command} is required by this test: install the Debian package ${apt}`);
}

/** Debian's chromium, headless, with a fresh profile folder of its own (removed on close). */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { context, profile } = await launchChromiumContext();
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Converts a .docx to PDF with LibreOffice in its own user profile; returns the PDF path. */
export function docxToPdf(docx: string, outDir: string): string {
  requireTool('libreoffice', 'libreoffice-writer');
  const profile = mkdtempSync(join(tmpdir(), 'vanban-lo-'));
  try {
    execFileSync('libreoffice', [
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docx,
    ], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
  return pdf;
}

export function pdfText(pdf: string, page?: number): string {
  requireTool('pdftotext', 'poppler-utils');
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, pdf, '-'], { encoding: 'utf8' });
}

export function pdfPages(pdf: string): { pages: number; size: string } {
  requireTool('pdfinfo', 'poppler-utils');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '' };
}

/** One member of a zip archive (the .docx) as text. */
export function unzipText(zip: string, member: string): string {
  requireTool('unzip', 'unzip');
  return execFileSync('unzip', ['-p', zip, member], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * For a suite that opens pages: chromium and the loopback page server, started before the suite and
 * stopped after it. Read `browser.chrome` and `browser.server` inside the tests.
 */
export function useBrowser(): { chrome: Awaited<ReturnType<typeof launchChromium>>; server: PageServer } {
  const state = {} as { chrome: Awaited<ReturnType<typeof launchChromium>>; server: PageServer };
  before(async () => {
    state.chrome = await launchChromium();
    state.server = await startPageServer();
  });
  after(async () => {
    await state.chrome?.close();
    await state.server?.close();
  });
  return state;
}
