// `.vanbanrc.json` (JSON with comments) -> validated lint options, plus the problems found, each with its
// range in the config text. Pure: text in, options out. Whatever is wrong is reported and left at its
// default; a broken file never stops linting.

import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { msg, type Message } from '../l10n/localize';
import type { LintOptions, RuleSetting } from '../lint';
import type { Range } from '../model';
import { isProfileName } from '../profiles/profiles';
import { checkValue, MAX_DEPTH, MAX_VALUES, own, toData, withoutIssues } from './schema';

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

/** A configuration file larger than this is refused whole (a valid one is a few kilobytes). */
export const MAX_CONFIG_CHARS = 1_000_000;

export function parseConfig(text: string): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const lines = lineStarts(text);
  const at = (offset: number, length: number): Range => ({ start: position(lines, offset), end: position(lines, offset + Math.max(length, 1)) });
  const rangeOf = (node: Node) => at(node.offset, node.length);
  const refuse = (offset: number, message: Message): ParsedConfig => ({ options: {}, problems: [{ range: at(offset, 1), message, severity: 'error' }] });

  if (text.length > MAX_CONFIG_CHARS) return refuse(0, msg('The configuration is larger than {0} characters: the defaults are used', MAX_CONFIG_CHARS));
  // The parser builds its tree recursively: measure the nesting first, token by token.
  const tooDeep = deepestOffset(text);
  if (tooDeep !== undefined) return refuse(tooDeep, msg('The configuration nests deeper than {0} levels: the defaults are used', MAX_DEPTH));

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

  if (countValues(root) > MAX_VALUES) return refuse(0, msg('The configuration holds more than {0} values: the defaults are used', MAX_VALUES));
  const data = nodeData(root);
  const issues = checkValue(data, 'config');
  const nodeAt = nodeFinder(root);
  for (const issue of issues) {
    const node = nodeAt(issue.path);
    const target = issue.onKey ? node?.parent?.children?.[0] ?? node : node;
    problems.push({ range: target ? rangeOf(target) : at(0, 1), message: issue.message, severity: 'warning' });
  }
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { options: optionsOf(withoutIssues(data, issues)), problems };
}

/** The lint options a validated configuration sets (own properties only). */
export function optionsOf(data: unknown): LintOptions {
  const options: { -readonly [K in keyof LintOptions]: LintOptions[K] } = {};
  const profile = own(data, 'profile');
  if (isProfileName(profile)) options.profile = profile;
  const language = own(data, 'language');
  if (language === 'vi' || language === 'en') options.language = language;
  const rules = own(data, 'rules');
  if (rules && typeof rules === 'object') options.rules = rules as Record<string, RuleSetting>;
  // `words` (the word list) is the spelling rule's `words` option, written at the top for convenience.
  const words = own(data, 'words');
  if (Array.isArray(words)) options.rules = withWords(options.rules ?? {}, words.filter((w): w is string => typeof w === 'string'));
  return options;
}

/**
 * The editor's `vanban.*` settings as the client sent them, checked as `.vanbanrc.json` is: plain data
 * without what is wrong (so the defaults stand for it), and a message for each wrong value. Undefined
 * data: nothing usable (not an object, or refused whole).
 */
export function checkSettingsData(raw: unknown): { readonly data?: Readonly<Record<string, unknown>>; readonly problems: Message[] } {
  const copied = toData(raw ?? {});
  if ('refused' in copied) return { problems: [copied.refused] };
  const data = copied.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { problems: [] };
  const issues = checkValue(data, 'settings');
  return {
    data: withoutIssues(data, issues) as Record<string, unknown>,
    problems: issues.map((issue) => msg('Setting vanban.{0} is ignored: {1}', issue.path.join('.'), issue.message)),
  };
}

/** The offset where the nesting first exceeds MAX_DEPTH, if it does (comments and strings skipped). */
// jsonc-parser's SyntaxKind is a const enum (not importable under isolatedModules): its values.
const OPEN_BRACE = 1, CLOSE_BRACE = 2, OPEN_BRACKET = 3, CLOSE_BRACKET = 4, EOF = 17;

function deepestOffset(text: string): number | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (++depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/**
 * The node at a path, each object's properties indexed by key once (findNodeAtLocation scans an object's
 * properties for every lookup: quadratic over an object of 20,000 wrong keys). A repeated key: the last wins,
 * as in the parsed value.
 */
function nodeFinder(root: Node): (path: readonly (string | number)[]) => Node | undefined {
  const indexes = new Map<Node, Map<string, Node>>();
  const child = (node: Node, part: string | number): Node | undefined => {
    if (node.type === 'array') return typeof part === 'number' || /^\d+$/.test(String(part)) ? node.children?.[Number(part)] : undefined;
    if (node.type !== 'object') return undefined;
    let index = indexes.get(node);
    if (!index) {
      index = new Map();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) index.set(String(key.value), value);
      }
      indexes.set(node, index);
    }
    return index.get(String(part));
  };
  return (path) => {
    let node: Node | undefined = root;
    for (const part of path) node = node && child(node, part);
    return node;
  };
}

/** The values in the tree (objects, arrays and scalars; a property's key is not a value). */
function countValues(node: Node): number {
  let count = 0;
  const stack = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (next.type === 'property') {
      if (next.children?.[1]) stack.push(next.children[1]);
      continue;
    }
    count++;
    for (const child of next.children ?? []) stack.push(child); // no spread: an array may hold 500,000 values
  }
  return count;
}

/** The node's value as plain data: each key an own property, so `__proto__` is a key like any other. */
function nodeData(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        Object.defineProperty(object, String(key.value), { value: nodeData(value), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map(nodeData);
    default:
      return node.value;
  }
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
  // The word lists add up: a config file's words do not drop the editor's (vanban.words).
  const rules = withWords({ ...settings.rules, ...config.rules }, wordsOf(settings.rules));
  return { ...settings, ...config, rules };
}

/** The rule whose `words` option is the word list (`words` in `.vanbanrc.json`, `vanban.words` in the editor). */
export const WORD_LIST_RULE = 'syllable-spelling';
const SPELLING = WORD_LIST_RULE;

/** The word list a rules object gives the spelling rule. */
function wordsOf(rules: LintOptions['rules']): string[] {
  const setting = rules && Object.prototype.hasOwnProperty.call(rules, SPELLING) ? rules[SPELLING] : undefined;
  const words = typeof setting === 'object' ? setting.options?.words : undefined;
  return Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : [];
}

/**
 * `rules` with `words` added to the word list, the spelling rule's `words` option (its severity and other
 * options kept): the top-level word list of `.vanbanrc.json` and the editor's `vanban.words` both mean it.
 */
export function withWords(rules: Readonly<Record<string, RuleSetting>>, words: readonly string[]): Record<string, RuleSetting> {
  if (words.length === 0) return { ...rules };
  const setting = Object.prototype.hasOwnProperty.call(rules, SPELLING) ? rules[SPELLING] : undefined;
  const object = typeof setting === 'object' ? setting : setting === undefined ? {} : { severity: setting };
  const merged = [...new Set([...wordsOf(rules), ...words])];
  return { ...rules, [SPELLING]: { ...object, options: { ...object.options, words: merged } } };
}
