// Completion of Nơi nhận offers another draft's recipients only when that draft is of the same family of
// regime: a state list is not offered the Party bodies of the folder's Party drafts, nor the other way.

import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceRecipients } from '../../server/src/lsp/workspaceRecipients';
import { sameFamily } from '../../server/src/engine/service';
import { ROOT } from '../helpers';

const fixture = (rule: string, name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'rules', rule, name), 'utf8');

describe('recipients offered by regime', () => {
  it('lends a draft\'s recipients to the same family only (or where a regime is unknown)', () => {
    assert.ok(sameFamily('nd30', 'qppl'));
    assert.ok(!sameFamily('dang', 'nd30'));
    assert.ok(!sameFamily('nd30', 'dang'));
    assert.ok(sameFamily('unknown', 'dang'));
    assert.ok(sameFamily('dang', undefined));
  });

  it('the workspace scan keeps a Party draft\'s recipients out of a state list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-recipients-'));
    try {
      writeFileSync(join(dir, 'dang.vanban'), fixture('body-end', 'bad-dang-hd36.vanban'));
      writeFileSync(join(dir, 'nd30.vanban'), fixture('type-code', 'good-nd30.vanban'));
      const source = new WorkspaceRecipients(() => [pathToFileURL(dir).href]);
      const all = await source.list();
      const party = await source.list(undefined, 'dang');
      const state = await source.list(undefined, 'nd30');
      assert.ok(all.includes('Ban Thường vụ Tỉnh ủy (để báo cáo)'), all.join(' | '));
      assert.ok(party.includes('Ban Thường vụ Tỉnh ủy (để báo cáo)'));
      assert.ok(!state.includes('Ban Thường vụ Tỉnh ủy (để báo cáo)'), state.join(' | '));
      assert.ok(state.length > 0 && state.every((item) => all.includes(item)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
