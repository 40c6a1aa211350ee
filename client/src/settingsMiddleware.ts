// `vanban.words` (the word list as a setting) reaches the server as the spelling rule's `words` option: the
// client adds it to the `vanban` section the server asks for, so the server needs no setting of its own.

import type { Middleware } from 'vscode-languageclient';
import { mergeWords } from './wordList.pure';

export const settingsMiddleware: Middleware = {
  workspace: {
    configuration: async (params, token, next) => {
      const result = await next(params, token);
      if (!Array.isArray(result)) return result;
      return result.map((value, index) => (params.items[index]?.section === 'vanban' && value && typeof value === 'object' ? mergeWords(value as Record<string, unknown>) : value));
    },
  },
};
