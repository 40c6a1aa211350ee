// The configuration file in a real editor: saving .vanbanrc.json re-lints the open drafts.
// Runs after extension.test.js (suites run in name order; that one checks activation on first open).
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const { seedCopy, workspaceUri, waitForDiagnostics, openDraft, closeAll } = require('./util');

const SEED_FINDINGS = ['header-title@4', 'issuer@4', 'number-format@6', 'recipients-format@79'];
const sameAs = (expected) => (found) => JSON.stringify(found) === JSON.stringify(expected);

describe('configuration files', function () {
  this.timeout(60000);

  afterEach(closeAll);

  it('re-lints open documents when .vanbanrc.json changes', async () => {
    const uri = seedCopy('config.vanban');
    await openDraft(uri);
    await waitForDiagnostics(uri, sameAs(SEED_FINDINGS), 'the seed’s findings');
    const config = workspaceUri('.vanbanrc.json');
    try {
      fs.writeFileSync(config.fsPath, '// written by the editor test\n{ "rules": { "number-format": "off" } }\n');
      await waitForDiagnostics(uri, sameAs(['header-title@4', 'issuer@4', 'recipients-format@79']), 'number-format to be switched off');
      fs.writeFileSync(config.fsPath, '{ "rules": { "recipients-format": "off" } }\n');
      await waitForDiagnostics(uri, sameAs(['header-title@4', 'issuer@4', 'number-format@6']), 'the new configuration');
    } finally {
      fs.rmSync(config.fsPath, { force: true });
    }
    await waitForDiagnostics(uri, sameAs(SEED_FINDINGS), 'the defaults again once the file is gone');
  });
});
