// The webview's document: a strict Content-Security-Policy (nothing loads from anywhere; one style
// sheet and one script, both with a fresh nonce), the page on a neutral desk, white paper in every
// colour theme.

import { webviewMain } from './webviewScript';

export interface WebviewPage {
  readonly css: string;
  readonly markup: string;
}

// The script is a real function, type-checked with the rest; bundlers that keep function names wrap
// inner functions in a `__name` helper, which the serialised source must then find in the page.
const SCRIPT = `var __name = function (f) { return f; };\n(${webviewMain.toString()})();`;

export function webviewHtml(page: WebviewPage, nonce: string, title: string): string {
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<style nonce="${nonce}">
body{margin:0;padding:16px 0 48px;background:#8a8d91}
body.vscode-light{background:#d4d6d9}
#vb-root{cursor:default}
#vb-root .vb-page{box-shadow:0 1px 6px rgba(0,0,0,.45)}
#vb-root [data-line]:hover{outline:1px dotted #6b8fbf;outline-offset:1px}
#vb-root .vb-current{background-color:rgba(255,230,120,.45)}
</style>
<style nonce="${nonce}" id="vb-page-style">${page.css}</style>
</head>
<body>
<div id="vb-root">${page.markup}</div>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A nonce from the platform's crypto (webview and Node both have it). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
