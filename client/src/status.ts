// The language status item: the regime the rules apply and the profile in force for the active draft;
// clicking it changes the `vanban.profile` setting. The server pushes each version's status with its
// diagnostics (`vanban/documentStatus`, from the one analysis of that version), so the client neither
// polls nor holds document logic. Desktop and web clients share this file.

import * as vscode from 'vscode';
import { t } from './l10n';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DocumentInfoRequest, DocumentStatusNotification, type DocumentInfo } from '../../server/src/protocol';

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

export function registerStatus(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const item = vscode.languages.createLanguageStatusItem('vanban.regime', { language: 'vanban' });
  item.name = t('Văn bản: regime and profile');
  item.command = { title: t('Change profile'), command: SELECT_PROFILE_COMMAND };
  context.subscriptions.push(item);

  // The latest status of each open draft; a closed draft's is dropped.
  const statuses = new Map<string, DocumentInfo>();
  const show = (info: DocumentInfo) => {
    item.text = `${regimeLabel(info.regime)} · ${info.profile}`;
    item.detail = info.documentType ? t('Type: {0}', info.documentType) : undefined;
    item.severity = info.regime === 'unknown' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  };
  const showActive = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'vanban') return;
    const known = statuses.get(document.uri.toString());
    if (known) return show(known);
    try {
      // Not pushed yet (the server is starting): ask once.
      const info = await client.sendRequest(DocumentInfoRequest, { uri: document.uri.toString() });
      if (info) show(info);
    } catch {
      // The server is restarting: its next push updates the item.
    }
  };

  context.subscriptions.push(
    client.onNotification(DocumentStatusNotification, (status) => {
      statuses.set(status.uri, status);
      if (vscode.window.activeTextEditor?.document.uri.toString() === status.uri) show(status);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => statuses.delete(document.uri.toString())),
    vscode.window.onDidChangeActiveTextEditor(() => void showActive()),
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
      // The server re-lints every draft on the setting's change and pushes the new status.
      await configuration.update('profile', picked.label, target);
    }),
  );
  void showActive();
}
