// `vanban/preview` and `vanban/renderDocx`: the page and the .docx of the current version's analysis,
// so the preview shows the regime and the missing parts the diagnostics speak of.

import type { Connection } from 'vscode-languageserver';
import { toBase64 } from '../engine';
import { PreviewRequest, RenderDocxRequest } from '../protocol';
import { analyse, type Features } from './features';

export function registerPreview(connection: Connection, features: Features): void {
  connection.onRequest(PreviewRequest, async ({ uri }) => {
    const analysis = await analyse(features, uri);
    if (!analysis) return null;
    return { uri, version: analysis.document.version, ...features.service.getPreview(analysis) };
  });

  connection.onRequest(RenderDocxRequest, async ({ uri }) => {
    const analysis = await analyse(features, uri);
    if (!analysis) return null;
    return { uri, version: analysis.document.version, base64: toBase64(await features.service.getDocx(analysis)) };
  });
}
