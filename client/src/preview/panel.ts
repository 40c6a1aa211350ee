// The preview beside the editor: one webview per draft. It asks the server for the rendered page (one
// source of truth, the same in the web build), updates as the user types, follows the editor's cursor
// and scroll, and a click in the page reveals the source line.

import * as vscode from 'vscode';
import { t } from '../l10n';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PreviewRequest, type PreviewResult } from '../../../server/src/protocol';
import { makeNonce, webviewHtml } from './webviewHtml';

const VIEW_TYPE = 'vanban.preview';
const UPDATE_DELAY_MS = 150;

class PreviewPanel {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loaded = false;
  private shownVersion = -1;
  /** Editor scroll caused by the preview: ignore the echo. */
  private editorMovedAt = 0;

  constructor(
    readonly document: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
    private readonly client: BaseLanguageClient,
    private readonly onDispose: () => void,
  ) {
    panel.webview.options = { enableScripts: true, localResourceRoots: [] };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        // A hidden webview is discarded; shown again, it gets the current page (its scroll is in its state).
        if (webviewPanel.visible) {
          this.loaded = false;
          this.shownVersion = -1;
          void this.update();
        }
      }),
      panel.webview.onDidReceiveMessage((message) => this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document !== this.document) return;
        void panel.webview.postMessage({ type: 'cursor', line: event.selections[0].active.line });
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document !== this.document || Date.now() - this.editorMovedAt < 300) return;
        const first = event.visibleRanges[0];
        if (first) void panel.webview.postMessage({ type: 'scrollTo', line: first.start.line });
      }),
    );
    void this.update();
  }

  reveal(): void {
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    let page: PreviewResult | null;
    try {
      page = await this.client.sendRequest(PreviewRequest, { uri: this.document.uri.toString() });
    } catch (error) {
      void vscode.window.showErrorMessage(t('The preview could not be rendered: {0}', String(error)));
      return;
    }
    if (!page || page.version < this.shownVersion) return; // a newer page is already shown
    this.shownVersion = page.version;
    if (!this.loaded) {
      this.loaded = true;
      this.panel.webview.html = webviewHtml(page, makeNonce(), this.panel.title);
    } else {
      // The style sheet travels too: it changes when the draft's regime does.
      void this.panel.webview.postMessage({ type: 'update', markup: page.markup, css: page.css });
    }
  }

  private async onMessage(message: { type?: string; line?: number }): Promise<void> {
    if (typeof message.line !== 'number' || message.line < 0) return;
    const line = Math.min(message.line, this.document.lineCount - 1);
    const position = new vscode.Position(line, 0);
    if (message.type === 'reveal') {
      const editor = await vscode.window.showTextDocument(this.document, { viewColumn: this.sourceColumn(), preserveFocus: false });
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else if (message.type === 'scrolled') {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
      if (!editor) return;
      this.editorMovedAt = Date.now();
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }
  }

  private sourceColumn(): vscode.ViewColumn | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document === this.document)?.viewColumn;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

export function registerPreview(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const panels = new Map<string, PreviewPanel>();
  context.subscriptions.push(
    vscode.commands.registerCommand('vanban.preview', (uri?: vscode.Uri) => {
      const document = uri
        ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
        : vscode.window.activeTextEditor?.document;
      if (!document || document.languageId !== 'vanban') {
        void vscode.window.showInformationMessage(t('Open a .vanban draft to preview it.'));
        return;
      }
      const key = document.uri.toString();
      const existing = panels.get(key);
      if (existing) {
        existing.reveal();
        return;
      }
      const name = document.uri.path.split('/').pop() ?? 'vanban';
      const panel = vscode.window.createWebviewPanel(
        VIEW_TYPE, t('Preview: {0}', name), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: false },
      );
      panels.set(key, new PreviewPanel(document, panel, client, () => panels.delete(key)));
    }),
    { dispose: () => [...panels.values()].forEach((panel) => panel.dispose()) },
  );
}
