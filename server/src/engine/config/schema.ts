// Configuration is data, checked once, by one walker over the shapes the engine declares: the profiles,
// the languages, the severities and each rule's own option declarations (RuleMeta.options). Nothing is
// compiled from a schema: the JSON schema in `schemas/` is generated from the same declarations for
// editors only (scripts/config-schema.ts). `.vanbanrc.json`, `--config` and the editor's `vanban.*`
// settings all go through `checkValue`; a wrong value is reported at its path, in the terms of the domain
// (a rule, an option, a word list), and left out, so the default stands for it.

import { msg, type Message } from '../l10n/localize';
import { PROFILE_NAMES } from '../profiles/profiles';
import { RULES } from '../rules';
import type { OptionDeclaration, OptionDeclarations } from '../rules/rule';

/** Deeper nesting than any valid configuration needs (options of a rule are at depth 4). */
export const MAX_DEPTH = 32;
/** More values than any valid configuration holds (a rule list is about 40 entries). */
export const MAX_VALUES = 20_000;
/** The most words a word list holds (a house list is a few hundred). */
export const MAX_WORDS = 10_000;
/** The smallest document the editor may call large (`vanban.largeDocumentCharacters`). */
export const MIN_LARGE_DOCUMENT = 1000;

export const SEVERITIES = ['off', 'error', 'warning', 'info', 'hint'] as const;
export const LANGUAGES = ['vi', 'en'] as const;

export type JsonPath = readonly (string | number)[];

export interface SchemaIssue {
  /** Where the wrong value is; for an unknown property, the property itself. */
  readonly path: JsonPath;
  /** True when the property's name is what is wrong (its key is the place to point at). */
  readonly onKey: boolean;
  readonly message: Message;
}

type Report = (issue: SchemaIssue) => void;
/** Checks the value at `path`, reporting what is wrong with it. */
type Check = (value: unknown, path: JsonPath, report: Report) => void;

const RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** `.vanbanrc.json`'s properties, in the order the messages list them. */
const CONFIG: Readonly<Record<string, Check>> = {
  $schema: typed('string'),
  profile: oneOf(PROFILE_NAMES),
  language: oneOf(LANGUAGES),
  words: wordList,
  rules: ruleSettings,
};

/** The editor's `vanban.*` settings this server reads (VS Code sends others, which pass). */
const SETTINGS: Readonly<Record<string, Check>> = {
  profile: oneOf(PROFILE_NAMES),
  messagesLanguage: oneOf(LANGUAGES),
  rules: ruleSettings,
  words: wordList,
  largeDocumentCharacters: (value, path, report) => {
    if (typeof value !== 'number') report(wrongType(path, 'number'));
    else if (value < MIN_LARGE_DOCUMENT) report({ path, onKey: false, message: msg('{0} is a number of characters, at least {1}', label(path), MIN_LARGE_DOCUMENT) });
  },
};

/**
 * Checks plain JSON data (own properties only; see `toData`): a configuration file's (`config`) or the
 * editor's settings (`settings`). Returns the issues; the data is not changed.
 */
export function checkValue(value: unknown, which: 'config' | 'settings'): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const report: Report = (issue) => issues.push(issue);
  const properties = which === 'config' ? CONFIG : SETTINGS;
  if (!isObject(value)) return [wrongType([], 'object')];
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(properties, key)) properties[key](value[key], [key], report);
    else if (which === 'config') report(unknown([key], msg('Unknown setting {0}: the settings are {1}', key, Object.keys(properties).join(', '))));
  }
  return issues;
}

/** `rules`: each known rule's severity, or `{ severity, options }` with the options the rule declares. */
function ruleSettings(value: unknown, path: JsonPath, report: Report): void {
  if (!isObject(value)) return report(wrongType(path, 'object'));
  for (const id of Object.keys(value)) {
    const rule = RULE_BY_ID.get(id);
    if (!rule) report(unknown([...path, id], msg('Unknown rule {0}', id)));
    else ruleSetting(id, rule.options, value[id], [...path, id], report);
  }
}

function ruleSetting(id: string, declared: OptionDeclarations | undefined, value: unknown, path: JsonPath, report: Report): void {
  if (typeof value === 'string') return oneOf(SEVERITIES)(value, path, report);
  if (!isObject(value)) {
    report({ path, onKey: false, message: msg('{0} is set to one of {1}, or to an object with {2}', label(path), SEVERITIES.join(', '), 'severity, options') });
    return;
  }
  for (const key of Object.keys(value)) {
    const at = [...path, key];
    if (key === 'severity') oneOf(SEVERITIES)(value[key], at, report);
    else if (key === 'options') ruleOptions(id, declared ?? {}, value[key], at, report);
    else report(unknown(at, msg('Unknown setting {0}: the settings are {1}', key, 'severity, options')));
  }
}

function ruleOptions(id: string, declared: OptionDeclarations, value: unknown, path: JsonPath, report: Report): void {
  if (!isObject(value)) return report(wrongType(path, 'object'));
  const names = Object.keys(declared);
  for (const name of Object.keys(value)) {
    const at = [...path, name];
    if (Object.hasOwn(declared, name)) option(declared[name])(value[name], at, report);
    else if (names.length === 0) report(unknown(at, msg('The rule {0} takes no options ({1} is ignored)', id, name)));
    else report(unknown(at, msg('The rule {0} has no option {1}: its options are {2}', id, name, names.join(', '))));
  }
}

function option(declaration: OptionDeclaration): Check {
  switch (declaration.type) {
    case 'enum': return oneOf(declaration.values);
    case 'string[]': return wordList;
  }
}

/** A list of words: strings, at most MAX_WORDS of them (an item that is not a string is reported alone). */
function wordList(value: unknown, path: JsonPath, report: Report): void {
  if (!Array.isArray(value)) return report(wrongType(path, 'array'));
  if (value.length > MAX_WORDS) return report({ path, onKey: false, message: msg('{0} holds at most {1} words', label(path), MAX_WORDS) });
  value.forEach((item, index) => { if (typeof item !== 'string') report(wrongType([...path, index], 'string')); });
}

function oneOf(values: readonly string[]): Check {
  return (value, path, report) => {
    if (typeof value !== 'string' || !values.includes(value)) report({ path, onKey: false, message: msg('{0} takes one of {1}', label(path), values.join(', ')) });
  };
}

function typed(type: 'string'): Check {
  return (value, path, report) => { if (typeof value !== type) report(wrongType(path, type)); };
}

const wrongType = (path: JsonPath, type: string): SchemaIssue => ({ path, onKey: false, message: msg('{0} must be of type {1}', label(path), type) });
const unknown = (path: JsonPath, message: Message): SchemaIssue => ({ path, onKey: true, message });

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** How a value is named in a message: its dotted path (`rules.double-space.severity`), or the whole. */
function label(path: JsonPath): string {
  return path.length ? path.join('.') : 'vanban';
}

/**
 * A copy of any value as plain JSON data, or a reason it is refused: deeper than MAX_DEPTH or with more
 * than MAX_VALUES values (walked without recursion, so 6,000 nested arrays cannot overflow the stack).
 * Objects keep their own enumerable properties only, each as an own data property (`__proto__`,
 * `constructor` stay ordinary keys); functions, symbols and undefined are dropped as JSON drops them.
 */
export function toData(value: unknown): { data: unknown } | { refused: Message } {
  let count = 0;
  const root: { value?: unknown } = {};
  const stack: { source: unknown; depth: number; assign: (copy: unknown) => void }[] = [{ source: value, depth: 0, assign: (copy) => { root.value = copy; } }];
  while (stack.length) {
    const { source, depth, assign } = stack.pop()!;
    if (++count > MAX_VALUES) return { refused: msg('The configuration holds more than {0} values: the defaults are used', MAX_VALUES) };
    if (depth > MAX_DEPTH) return { refused: msg('The configuration nests deeper than {0} levels: the defaults are used', MAX_DEPTH) };
    if (source === null || typeof source === 'string' || typeof source === 'boolean' || (typeof source === 'number' && Number.isFinite(source))) {
      assign(source);
    } else if (Array.isArray(source)) {
      const copy: unknown[] = new Array(source.length);
      assign(copy);
      source.forEach((item, index) => stack.push({ source: item, depth: depth + 1, assign: (c) => { copy[index] = c; } }));
    } else if (typeof source === 'object') {
      const copy: Record<string, unknown> = {};
      assign(copy);
      for (const key of Object.keys(source)) {
        stack.push({ source: (source as Record<string, unknown>)[key], depth: depth + 1, assign: (c) => { if (c !== undefined) Object.defineProperty(copy, key, { value: c, enumerable: true, writable: true, configurable: true }); } });
      }
    } else {
      assign(undefined);
    }
  }
  return { data: root.value };
}

/** The data without the parts the issues name (own properties only), so the defaults stand for them. */
export function withoutIssues(data: unknown, issues: readonly SchemaIssue[]): unknown {
  if (issues.some((issue) => issue.path.length === 0)) return undefined;
  for (const issue of issues) {
    let parent: unknown = data;
    for (const part of issue.path.slice(0, -1)) parent = own(parent, part);
    const last = issue.path[issue.path.length - 1];
    if (parent && typeof parent === 'object' && Object.hasOwn(parent, last)) delete (parent as Record<string, unknown>)[last];
  }
  return data;
}

/** `object[key]` when the object has it as its own property (never an inherited `constructor`). */
export function own(object: unknown, key: string | number): unknown {
  return object !== null && typeof object === 'object' && Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}
