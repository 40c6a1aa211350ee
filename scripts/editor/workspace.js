// The workspaces the editor tests open: fresh folders with drafts. The seed draft is read from ../shared
// at run time and never copied into the project; the UI test shows a draft of the project's own.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const SEED = path.resolve(ROOT, '..', 'shared', 'seed', '000_4b08c1917d0a3bce.txt');
const UI_DRAFT = path.join(ROOT, 'test', 'editor', 'fixtures', 'ket-luan-nhap.vanban');

/** `files`: name in the workspace -> source file. */
function prepareWorkspace(dir, files = { 'ket-luan-02.vanban': SEED }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, source] of Object.entries(files)) {
    if (!fs.existsSync(source)) throw new Error(`${source} is missing (the seed is expected in ../shared beside the project)`);
    fs.copyFileSync(source, path.join(dir, name));
  }
  return dir;
}

module.exports = { prepareWorkspace, SEED, UI_DRAFT };
