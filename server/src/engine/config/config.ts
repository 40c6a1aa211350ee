// `.vanbanrc.json` (JSON with comments) -> validated lint options, plus the problems found, each with its
// range in the config text. Pure: text in, options out. Whatever is wrong is reported and left at its
// default; a broken file never stops linting.

import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { msg, type Message } from '../l10n/localize';
import type { LintOptions, RuleSetting } from '../lint';
import type { Range } from '../model';
import { isProfileName, PROFILE_NAMES, type ProfileSettings } from '../profiles/profiles';
import { ruleById } from '../rules';
import type { Severity } from '../rules/rule';

export const CONFIG_FILE_NAME = '.vanbanrc.json';

export interface ConfigProblem {
  readonly range: Range;
  readonly message: Message;
  /** A file that cannot be read at all is an error; a wrong value, ignored, is a warning. */
  readonly severity: 'error' | 'warning';
}

export interface ParsedConfig {
  /** The options the file sets validly (defaults stand for everything else). */
  readonly options: LintOptions;
  readonly problems: ConfigProblem[];
}

type ProfileOptions = NonNullable<LintOptions['profileOptions']>;

const SEVERITIES: readonly (Severity | 'off')[] = ['off', 'error', 'warning', 'info', 'hint'];
/** Each profile option and the values it takes. */
export const PROFILE_OPTIONS: { readonly [K in keyof ProfileOptions]-?: readonly ProfileSettings[K][] } = {
  recipientSeparator: [',', ';', 'either'],
  bodyEnd: ['./.', '.', 'either'],
  toneStyle: ['any', 'main-vowel', 'first-vowel'],
  paddedMonthSeverity: ['warning', 'error', 'off'],
  partyRegulationCode: ['either', 'QĐ', 'QĐi'],
};
const TOP_LEVEL = ['$schema', 'profile', 'language', 'rules', 'profileOptions'];

export function parseConfig(text: string): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const lines = lineStarts(text);
  const at = (offset: number, length: number): Range => ({ start: position(lines, offset), end: position(lines, offset + Math.max(length, 1)) });
  const rangeOf = (node: Node) => at(node.offset, node.length);
  const warn = (node: Node, message: Message) => problems.push({ range: rangeOf(node), message, severity: 'warning' });

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (errors.length > 0) {
    for (const error of errors) {
      problems.push({ range: at(error.offset, error.length), message: msg('The configuration is not valid JSON ({0}): the defaults are used', printParseErrorCode(error.error)), severity: 'error' });
    }
    return { options: {}, problems };
  }
  if (!root) return { options: {}, problems };
  if (root.type !== 'object') {
    problems.push({ range: rangeOf(root), message: msg('The configuration is a JSON object: the defaults are used'), severity: 'error' });
    return { options: {}, problems };
  }

  const options: { -readonly [K in keyof LintOptions]: LintOptions[K] } = {};
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    switch (key) {
      case '$schema':
        break;
      case 'profile':
        if (isProfileName(valueNode.value)) options.profile = valueNode.value;
        else warn(valueNode, msg('Unknown profile {0}: use one of {1}; the default (auto) is used', JSON.stringify(getNodeValue(valueNode)), PROFILE_NAMES.join(', ')));
        break;
      case 'language':
        if (valueNode.value === 'vi' || valueNode.value === 'en') options.language = valueNode.value;
        else warn(valueNode, msg('{0} takes one of {1}', 'language', 'vi, en'));
        break;
      case 'rules':
        options.rules = readRules(valueNode, warn);
        break;
      case 'profileOptions':
        options.profileOptions = readProfileOptions(valueNode, warn);
        break;
      default:
        warn(keyNode, msg('Unknown setting {0}: the settings are {1}', key, TOP_LEVEL.join(', ')));
    }
  }
  return { options, problems };
}

function readRules(node: Node, warn: (node: Node, message: Message) => void): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (node.type !== 'object') {
    warn(node, msg('{0} is an object of rule ids', 'rules'));
    return rules;
  }
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const id = String(keyNode.value);
    if (!ruleById(id)) {
      warn(keyNode, msg('Unknown rule {0}', id));
      continue;
    }
    if (valueNode.type === 'string') {
      if (SEVERITIES.includes(valueNode.value)) rules[id] = valueNode.value;
      else warn(valueNode, msg('A rule is set to one of {0}', SEVERITIES.join(', ')));
      continue;
    }
    if (valueNode.type !== 'object') {
      warn(valueNode, msg('A rule is set to one of {0}, or to an object with {1} and {2}', SEVERITIES.join(', '), 'severity', 'options'));
      continue;
    }
    const setting: { severity?: Severity | 'off'; options?: Record<string, unknown> } = {};
    for (const inner of valueNode.children ?? []) {
      const [k, v] = inner.children ?? [];
      if (!k || !v) continue;
      if (k.value === 'severity') {
        if (SEVERITIES.includes(v.value)) setting.severity = v.value;
        else warn(v, msg('A rule is set to one of {0}', SEVERITIES.join(', ')));
      } else if (k.value === 'options') {
        if (v.type === 'object') setting.options = getNodeValue(v);
        else warn(v, msg('{0} is an object', 'options'));
      } else {
        warn(k, msg('Unknown setting {0}: the settings are {1}', String(k.value), 'severity, options'));
      }
    }
    rules[id] = setting;
  }
  return rules;
}

function readProfileOptions(node: Node, warn: (node: Node, message: Message) => void): ProfileOptions {
  const result: Record<string, unknown> = {};
  if (node.type !== 'object') {
    warn(node, msg('{0} is an object', 'profileOptions'));
    return {};
  }
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value) as keyof ProfileOptions;
    const allowed = PROFILE_OPTIONS[key] as readonly unknown[] | undefined;
    if (!allowed) {
      warn(keyNode, msg('Unknown setting {0}: the settings are {1}', key, Object.keys(PROFILE_OPTIONS).join(', ')));
    } else if (!allowed.includes(valueNode.value)) {
      warn(valueNode, msg('{0} takes one of {1}', key, allowed.join(', ')));
    } else {
      result[key] = valueNode.value;
    }
  }
  return result as ProfileOptions;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (ch === 10 || ch === 13) starts.push(i + 1);
  }
  return starts;
}

function position(starts: readonly number[], offset: number): Range['start'] {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}

/** Options from a config file over options from the editor's settings (config wins, key by key). */
export function mergeOptions(settings: LintOptions, config: LintOptions): LintOptions {
  return {
    ...settings,
    ...config,
    rules: { ...settings.rules, ...config.rules },
    profileOptions: { ...settings.profileOptions, ...config.profileOptions },
  };
}
