// The layers' boundary as ESLint enforces it in `npm test`: an engine file that reaches the server, the
// CLI, the protocol module or a Node built-in is an error; the same imports outside the engine are not.

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from '../helpers';

describe('engine boundary (ESLint)', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: ROOT });
  const errors = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    return result.messages.filter((message) => message.ruleId === 'vanban/engine-boundary').map((message) => message.message);
  };

  it('refuses lsp, cli, protocol, the config loader, client and node:* in the engine', async () => {
    const code = [
      "import { startServer } from '../../lsp/setup';",
      "import { runLint } from '../../cli/lint';",
      "import { PreviewRequest } from '../../protocol';",
      "import { findConfig } from '../../config';",
      "import { readFileSync } from 'node:fs';",
      "import * as vscode from 'vscode';",
      'export const used = [startServer, runLint, PreviewRequest, findConfig, readFileSync, vscode];',
    ].join('\n');
    const found = await errors('server/src/engine/rules/probe.ts', code);
    assert.equal(found.length, 6, found.join('\n'));
  });

  it('lets the engine import itself and its pure packages', async () => {
    const code = "import { parse } from '../parse/parse';\nimport type { Range } from 'vscode-languageserver-types';\nexport const used: [typeof parse, Range?] = [parse];";
    assert.deepEqual(await errors('server/src/engine/rules/probe.ts', code), []);
  });

  it('leaves the server free to import Node', async () => {
    assert.deepEqual(await errors('server/src/lsp/probe.ts', "import { readFileSync } from 'node:fs';\nexport const used = readFileSync;"), []);
  });
});

describe('engine entry (ESLint)', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: ROOT });
  const errors = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    return result.messages.filter((message) => message.ruleId === 'vanban/engine-entry').map((message) => message.message);
  };

  it('refuses engine internals in the server and the CLI', async () => {
    const code = [
      "import { parse } from '../engine/parse/parse';",
      "import { analyse } from '../engine/service';",
      "import { renderDocxFile } from '../engine/render';",
      "import type { LineMemo } from '../engine/parse/memo';",
      'export const used: [unknown, unknown, unknown, LineMemo?] = [parse, analyse, renderDocxFile];',
    ].join('\n');
    assert.equal((await errors('server/src/lsp/probe.ts', code)).length, 4);
    assert.equal((await errors('server/src/cli/probe.ts', code)).length, 4);
  });

  it('refuses the entry points that bypass the analysis host', async () => {
    const code = "import { lintModel, parse, lintDocx, fixAll, msg } from '../engine';\nexport const used = [lintModel, parse, lintDocx, fixAll, msg];";
    const found = await errors('server/src/cli/probe.ts', code);
    assert.deepEqual(found.map((message) => message.split("'")[1]), ['lintModel', 'parse', 'lintDocx', 'fixAll']);
  });

  it('lets them use the host, the service and the model’s types', async () => {
    const code = [
      "import { AnalysisHost, createLanguageService, msg } from '../engine';",
      "import type { DocumentModel } from '../engine/model';",
      'export const used: [unknown, unknown, unknown, DocumentModel?] = [AnalysisHost, createLanguageService, msg];',
    ].join('\n');
    assert.deepEqual(await errors('server/src/lsp/probe.ts', code), []);
  });

  it('leaves the engine and the tests alone', async () => {
    assert.deepEqual(await errors('server/src/engine/rules/probe.ts', "import { parse } from '../parse/parse';\nexport const used = parse;"), []);
    assert.deepEqual(await errors('test/probe.ts', "import { parse } from '../server/src/engine/parse/parse';\nexport const used = parse;"), []);
  });
});
