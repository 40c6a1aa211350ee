// The Word file check in the editor: the client reads the .docx and sends its bytes (base64, JSON-RPC
// carries text); the server has the analysis host read and analyse them, and answers with the language
// service's check of the file: the extracted text and the formatting findings, each with its paragraph.
// The client shows the text as a read-only virtual document (language vanban, so this server also lints
// its text as usual) and adds the formatting findings, which need the file, to the Problems panel.
//   vanban/lintDocx  { uri, base64 } -> { text, diagnostics, paragraphOfLine } | { error }

import type { Connection } from 'vscode-languageserver';
import { AnalysisHost, fixDocxFormatting, localize, msg, WordError } from '../engine';
import { FixDocxRequest, LintDocxRequest, type FixDocxResult, type LintDocxResult } from '../protocol';
import type { Features } from './features';

/** More than any official document; a bigger file is refused before it is decoded. */
const MAX_BASE64 = 64 * 1024 * 1024;

export function registerWord(connection: Connection, features: Features): void {
  connection.onRequest(LintDocxRequest, async ({ uri, base64 }): Promise<LintDocxResult> => {
    const options = features.options(await features.settings.forDocument(uri));
    const language = options.language ?? 'vi';
    if (typeof base64 !== 'string' || base64.length > MAX_BASE64) {
      return { error: localize(language, msg('The file is too large to check')) };
    }
    try {
      // A Word file is checked once per request, not kept: it is not an open document of this server.
      const host = new AnalysisHost({ editing: false });
      host.update(uri, 0, fromBase64(base64));
      const check = features.service.getWordCheck(host.analysis(uri, options));
      if (!check) throw new Error('not read as a Word file');
      return check;
    } catch (error) {
      if (error instanceof WordError) return { error: localize(language, error.detail) };
      return { error: String((error as Error).message ?? error) };
    }
  });

  // The formatting fix, the same as `vanban fix x.docx`: the server edits the bytes, the client writes them.
  connection.onRequest(FixDocxRequest, async ({ uri, base64, legacyFonts, only }): Promise<FixDocxResult> => {
    const options = features.options(await features.settings.forDocument(uri));
    const language = options.language ?? 'vi';
    if (typeof base64 !== 'string' || base64.length > MAX_BASE64) return { error: localize(language, msg('The file is too large to check')) };
    try {
      const selection = Array.isArray(only) ? only.filter((s) => typeof s?.rule === 'string' && (s.line === undefined || Number.isInteger(s.line))).map((s) => ({ rule: s.rule, line: s.line })) : undefined;
      const result = fixDocxFormatting(fromBase64(base64), { ...options, legacyFonts: legacyFonts === true, only: selection });
      const paragraphOf = (line: number) => (result.after ?? result.before).word.paragraphOfLine[line];
      return {
        base64: result.bytes ? toBase64(result.bytes) : undefined,
        changes: result.changes.map((c) => ({ ...c, property: localize(language, c.property) })),
        left: result.left.map(({ diagnostic, reason }) => ({ rule: diagnostic.rule, message: diagnostic.message, reason: localize(language, reason), paragraph: paragraphOf(diagnostic.range.start.line) })),
        notes: result.notes.map((note) => localize(language, note)),
      };
    } catch (error) {
      if (error instanceof WordError) return { error: localize(language, error.detail) };
      return { error: String((error as Error).message ?? error) };
    }
  });
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 without Node's Buffer, so the web worker build can run the same code. */
function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
