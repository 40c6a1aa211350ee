// The workspace the editor tests open: a fresh folder with the seed draft as a .vanban file. The seed is
// read from ../shared at run time and never copied into the project.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const SEED = path.resolve(ROOT, '..', 'shared', 'seed', '000_4b08c1917d0a3bce.txt');

function prepareWorkspace(dir) {
  if (!fs.existsSync(SEED)) throw new Error(`The seed draft is expected at ${SEED}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(SEED, path.join(dir, 'ket-luan-02.vanban'));
  return dir;
}

module.exports = { prepareWorkspace, SEED };
