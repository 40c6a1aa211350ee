// The standard launcher, for machines that can download VS Code: @vscode/test-electron fetches desktop
// VS Code into .vscode-test/ and runs the same suite (test/editor/index.js) in its extension host.
// On machines that reach only npm and Debian (ours, CI) use `npm run test:editor` (code-server) instead.
'use strict';

const path = require('node:path');
const { runTests } = require('@vscode/test-electron');
const { ROOT } = require('./codeServer');
const { prepareWorkspace } = require('./workspace');

async function main() {
  const workspace = prepareWorkspace(path.join(ROOT, '.vscode-test', 'workspace-electron'));
  await runTests({
    version: process.env.VANBAN_VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'test', 'editor', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { VANBAN_EDITOR_PENDING: process.env.VANBAN_EDITOR_PENDING || '' },
  });
}

main().catch((error) => {
  console.error(`the editor tests failed or could not start VS Code: ${error && error.message ? error.message : error}`);
  process.exitCode = 1;
});
