// `vanban lint --format sarif`, validated against the official SARIF 2.1.0 JSON schema
// (sarif-2.1.0-rtm.5.json, as shipped in the npm package @microsoft/jest-sarif).

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from '../helpers';
import { vanban } from './run';

const SCHEMA_PATH = join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

function sarifValidator() {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  // The official schema's `language` pattern is not valid with the `u` flag; compile patterns without it.
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
    results: {
      ruleId: string; ruleIndex: number; level: string; message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
      fixes?: { artifactChanges: { replacements: { deletedRegion: Record<string, number>; insertedContent: { text: string } }[] }[] }[];
    }[];
  }[];
}

describe('vanban lint --format sarif', () => {
  const validate = sarifValidator();

  it('produces a log valid against the SARIF 2.1.0 schema, with results pointing at their rules', () => {
    const run = vanban(['lint', 'test/fixtures/cli', '--format', 'sarif']);
    assert.equal(run.code, 1);
    const log = JSON.parse(run.stdout) as SarifLog;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    const [sarifRun] = log.runs;
    assert.equal(sarifRun.tool.driver.name, 'vanban');
    const byUri = new Map<string, string[]>();
    for (const result of sarifRun.results) {
      assert.equal(sarifRun.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      const { uri, uriBaseId } = result.locations[0].physicalLocation.artifactLocation;
      assert.equal(uriBaseId, '%SRCROOT%');
      byUri.set(uri, [...(byUri.get(uri) ?? []), `${result.ruleId}:${result.level}`]);
    }
    assert.deepEqual(Object.fromEntries(byUri), {
      'test/fixtures/cli/fixable.vanban': ['number-format:error', 'recipients-format:warning'],
      'test/fixtures/cli/nested/deeper/broken.vanban': ['header-title:error'],
      'test/fixtures/cli/nested/warning.vanban': ['recipients-format:warning'],
    });
  });

  it('describes each rule from its page, in the run\'s language: name, short and full description, help in text and Markdown', () => {
    for (const language of ['vi', 'en']) {
      const log = JSON.parse(vanban(['lint', 'test/fixtures/cli/fixable.vanban', '--format', 'sarif', '--lang', language]).stdout);
      const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'number-format');
      assert.equal(rule.name, 'NumberFormat');
      assert.ok(rule.shortDescription.text);
      assert.match(rule.fullDescription.text, language === 'vi' ? /Số và ký hiệu viết đúng mẫu/ : /The number and symbol are written/);
      assert.match(rule.help.markdown, language === 'vi' ? /## Vì sao/ : /## Why/);
      assert.ok(!rule.help.text.includes('```'));
      assert.match(rule.helpUri, language === 'vi' ? /docs\/rules\/number-format\.md$/ : /docs\/rules\/en\/number-format\.md$/);
      for (const described of log.runs[0].tool.driver.rules) assert.ok(described.help?.markdown, `${described.id} has its page`);
    }
  });

  it('gives 1-based regions and carries the safe fix as a replacement', () => {
    const log = JSON.parse(vanban(['lint', 'test/fixtures/cli/fixable.vanban', '--format', 'sarif']).stdout) as SarifLog;
    const number = log.runs[0].results.find((r) => r.ruleId === 'number-format')!;
    assert.equal(number.locations[0].physicalLocation.region.startLine, 4);
    assert.equal(number.locations[0].physicalLocation.region.startColumn, 1);
    const replacement = number.fixes![0].artifactChanges[0].replacements[0];
    assert.match(replacement.insertedContent.text, /11-KL\/HU/);
  });

  it('records a missing file as a failed invocation, still valid, exit 2', () => {
    const run = vanban(['lint', 'test/fixtures/cli/clean.vanban', 'test/fixtures/cli/absent.vanban', '--format', 'sarif']);
    assert.equal(run.code, 2);
    const log = JSON.parse(run.stdout) as SarifLog;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.runs[0].invocations[0].executionSuccessful, false);
    assert.match(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /absent\.vanban/);
  });

  it('the validator is not vacuous: it rejects a log with a level SARIF does not know', () => {
    const log = JSON.parse(vanban(['lint', 'test/fixtures/cli/fixable.vanban', '--format', 'sarif']).stdout) as SarifLog;
    log.runs[0].results[0].level = 'info';
    assert.equal(validate(log), false);
  });
});
