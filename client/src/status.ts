// The language status item: the regime the server detected and the profile in force for the active
// draft; clicking it changes the `vanban.profile` setting. The server answers `vanban/documentInfo`
// from its cached model, so the client holds no document logic.

import * as vscode from 'vscode';
import { t } from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';

interface DocumentInfo {
  readonly regime: 'dang' | 'nd30' | 'qppl' | 'unknown';
  readonly profile: string;
  readonly documentType?: string;
}

export const SELECT_PROFILE_COMMAND = 'vanban.selectProfile';

const PROFILES: readonly { id: string; label: () => string }[] = [
  { id: 'auto', label: () => t('Detect from the document') },
  { id: 'dang-hd36', label: () => t('Party document, HD 36-HD/VPTW (2018)') },
  { id: 'dang-hd05', label: () => t('Party document, HD 05-HD/VPTW (2026, known points only)') },
  { id: 'nd30', label: () => t('Administrative document, NĐ 30/2020/NĐ-CP') },
  { id: 'qppl', label: () => t('Legal normative document') },
];

function regimeLabel(regime: DocumentInfo['regime']): string {
  switch (regime) {
    case 'dang': return t('Party document');
    case 'nd30': return t('Administrative document (NĐ 30)');
    case 'qppl': return t('Legal normative document');
    default: return t('Regime not detected');
  }
}

export function registerStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.languages.createLanguageStatusItem('vanban.regime', { language: 'vanban' });
  item.name = t('Văn bản: regime and profile');
  item.command = { title: t('Change profile'), command: SELECT_PROFILE_COMMAND };
  context.subscriptions.push(item);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document || document.languageId !== 'vanban') return;
      try {
        const info = await client.sendRequest<DocumentInfo | null>('vanban/documentInfo', { uri: document.uri.toString() });
        if (!info) return;
        item.text = `${regimeLabel(info.regime)} · ${info.profile}`;
        item.detail = info.documentType ? t('Type: {0}', info.documentType) : undefined;
        item.severity = info.regime === 'unknown' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
      } catch {
        // The server is restarting: the next change refreshes the item.
      }
    }, 300);
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeTextDocument((event) => { if (event.document === vscode.window.activeTextEditor?.document) refresh(); }),
    vscode.workspace.onDidChangeConfiguration((event) => { if (event.affectsConfiguration('vanban')) refresh(); }),
    vscode.commands.registerCommand(SELECT_PROFILE_COMMAND, async () => {
      const document = vscode.window.activeTextEditor?.document;
      const configuration = vscode.workspace.getConfiguration('vanban', document?.uri);
      const current = configuration.get<string>('profile', 'auto');
      const picked = await vscode.window.showQuickPick(
        PROFILES.map((profile) => ({ label: profile.id, description: profile.label(), picked: profile.id === current })),
        { placeHolder: t('Profile for Văn bản drafts') },
      );
      if (!picked) return;
      const target = document && vscode.workspace.getWorkspaceFolder(document.uri)
        ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
      await configuration.update('profile', picked.label, target);
      refresh();
    }),
  );
  refresh();
}
