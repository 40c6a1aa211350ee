// Which open documents keep their analysis: those in use (edited or asked about), the most recent few;
// a document only opened lets its analysis go once its diagnostics are published (documentUse.ts).

import * as assert from 'node:assert/strict';
import { DocumentUse } from '../../server/src/lsp/documentUse';

describe('documents in use', () => {
  it('releases a document only opened once its diagnostics are out, not one in use', () => {
    const released: string[] = [];
    const use = new DocumentUse((uri) => released.push(uri), 2);
    use.published('a');
    use.use('b');
    use.published('b');
    assert.deepEqual(released, ['a']);
  });

  it('lets the least recently used go past its bound, and forgets a closed document', () => {
    const released: string[] = [];
    const use = new DocumentUse((uri) => released.push(uri), 2);
    use.use('a');
    use.use('b');
    use.use('a');
    use.use('c');
    assert.deepEqual(released, ['b'], 'b was used least recently');
    use.forget('a');
    use.published('a');
    assert.deepEqual(released, ['b', 'a'], 'a closed and opened again is not in use');
    use.published('c');
    assert.deepEqual(released, ['b', 'a']);
  });
});
