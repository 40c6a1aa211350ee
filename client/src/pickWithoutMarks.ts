// A quick pick whose filter ignores Vietnamese marks: VS Code's own filter matches "công văn" only when
// typed with its marks. Items matching the typed words without marks are shown (`alwaysShow`), the others
// hidden; VS Code's filter still ranks and highlights when the marks are typed.

import * as vscode from 'vscode';
import { matchesWithoutMarks } from './rulePages.pure';

export interface PickOptions {
  readonly title?: string;
  readonly placeHolder?: string;
}

export function pickWithoutMarks<T extends vscode.QuickPickItem>(items: readonly T[], options: PickOptions = {}): Promise<T | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<T>();
    pick.title = options.title;
    pick.placeholder = options.placeHolder;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.items = items;
    let chosen: T | undefined;
    pick.onDidChangeValue((value) => {
      // alwaysShow keeps VS Code's own filter from hiding what matches without marks.
      pick.items = items.filter((item) => matchesWithoutMarks(value, item.label, item.description, item.detail))
        .map((item) => ({ ...item, alwaysShow: true }));
    });
    pick.onDidAccept(() => {
      const selected = pick.selectedItems[0];
      chosen = selected ? items.find((item) => item.label === selected.label && item.description === selected.description) : undefined;
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}
