// Profiles and their options where the guides differ (domain.md: UNVERIFIED points are options with a
// lenient default), driven through lint() as the server and the CLI call it.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, PROFILE_NAMES, PROFILES } from '../../server/src/engine';
import { ROOT } from '../helpers';

const party = readFileSync(join(ROOT, 'examples', 'ket-luan-dang.vanban'), 'utf8');
const endingWithDot = party.replace('tổ chức thực hiện Kết luận này./.', 'tổ chức thực hiện Kết luận này.');
const findings = (text: string, options: object, rule: string) => lint(text, options).filter((d) => d.rule === rule).map((d) => d.severity);

describe('profiles', () => {
  it('are the five of the design', () => {
    assert.deepEqual([...PROFILE_NAMES], ['auto', 'dang-hd36', 'dang-hd05', 'nd30', 'qppl']);
    assert.equal(PROFILES.auto.regime, undefined);
    assert.equal(PROFILES['dang-hd05'].regime, 'dang');
  });

  it('body end: HD 36 asks for ./., HD 05 and auto accept . (UNVERIFIED: lenient by default)', () => {
    assert.deepEqual(findings(endingWithDot, { profile: 'dang-hd36' }, 'body-end'), ['warning']);
    assert.deepEqual(findings(endingWithDot, { profile: 'dang-hd05' }, 'body-end'), []);
    assert.deepEqual(findings(endingWithDot, {}, 'body-end'), []);
    assert.deepEqual(findings(party, { rules: { 'body-end': { options: { end: '.' } } } }, 'body-end'), ['warning']);
  });

  it('recipient separator: either by default, fixed by the option', () => {
    assert.deepEqual(findings(party, {}, 'recipients-format'), []);
    assert.equal(findings(party, { rules: { 'recipients-format': { options: { partySeparator: ';' } } } }, 'recipients-format').length, 3);
  });

  it('tone style: no house style by default, a house style on request', () => {
    assert.deepEqual(findings(party, {}, 'tone-consistency'), []);
    const house = findings(party, { rules: { 'tone-consistency': { options: { style: 'main-vowel' } } } }, 'tone-consistency');
    assert.ok(house.length > 0 && house.every((severity) => severity === 'warning'), 'ủy written in the other style');
  });

  it('a fixed profile checks the document under its regime', () => {
    const state = readFileSync(join(ROOT, 'examples', 'quyet-dinh-ubnd.vanban'), 'utf8');
    assert.ok(lint(state, { profile: 'dang-hd36' }).some((d) => d.rule === 'header-title' && d.severity === 'error'));
    assert.deepEqual(lint(state, { profile: 'nd30' }).filter((d) => d.severity === 'error'), []);
  });
});
