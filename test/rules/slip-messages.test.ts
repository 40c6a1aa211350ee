// Messages that name the slip: a place and date whose comma is there is told of its double space, not of
// the comma; a consistency rule's repeated word is one finding with the count, its other places related.

import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { analyse, createLanguageService } from '../../server/src/engine/service';

const dateMessage = (text: string) => lint(text, { profile: 'nd30' }).filter((d) => d.rule === 'date-format').map((d) => d.message);

describe('messages that name the slip', () => {
  it('date-format: a double space after the comma is the double space, a missing comma is the comma', () => {
    assert.match(dateMessage('Lào Cai,  ngày 12 tháng 3 năm 2026')[0], /một dấu cách giữa các từ/);
    assert.match(dateMessage('Lào Cai ngày 12 tháng 3 năm 2026')[0], /sau địa danh có dấu phẩy/);
  });

  it('tone-consistency: one finding per word in the other style, with the count, the fix and the places', () => {
    const text = 'Việc hòa mạng, hòa nhập và hòa giải.\nCòn khoá học, khoá sổ, khoá cửa và khoá máy.\nChưa hoà mạng.\n';
    const findings = lint(text).filter((d) => d.rule === 'tone-consistency');
    // hòa ×3 and khoá ×4 against hoà ×1: the main-vowel style wins (khoá, hoà are main-vowel), hòa is the other.
    assert.equal(findings.length, 1, findings.map((d) => d.message).join('\n'));
    const [finding] = findings;
    assert.match(finding.message, /^hòa \(3 lần\)/);
    assert.equal(finding.related?.length, 2);
    assert.equal(finding.fix?.edits.length, 3);
    const service = createLanguageService({ now: () => new Date(2026, 2, 1) } as never);
    const diagnostic = service.getDiagnostics(analyse(text, {}), 'file:///x.vanban').find((d) => d.code === 'tone-consistency')!;
    assert.deepEqual(diagnostic.relatedInformation?.map((place) => place.location.range.start), finding.related!.map((place) => place.range.start));
    assert.equal(diagnostic.relatedInformation?.[0].location.uri, 'file:///x.vanban');
  });
});
