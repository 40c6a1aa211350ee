// Configuration is data, validated once, by one validator: the JSON schema the project ships
// (`schemas/vanbanrc.schema.json`, which the editor also uses to complete `.vanbanrc.json`) compiled by ajv
// into plain code ahead of time (`npm run schema:validator`).
// `.vanbanrc.json`, `--config` and the editor's `vanban.*` settings all go through `checkValue`; what the
// schema rejects is reported at its path and left out, so the defaults stand for it. Nothing here knows a
// setting by name except the messages' wording for unknown rules and options: a property added to the schema is
// validated with no change here.

import type { ErrorObject } from 'ajv';
import * as generated from './validators.generated';
import { msg, type Message } from '../l10n/localize';

/** Deeper nesting than any valid configuration needs (options of a rule are at depth 4). */
export const MAX_DEPTH = 32;
/** More values than any valid configuration holds (a rule list is about 40 entries). */
export const MAX_VALUES = 20_000;

export type JsonPath = readonly (string | number)[];

export interface SchemaIssue {
  /** Where the wrong value is; for an unknown property, the property itself. */
  readonly path: JsonPath;
  /** True when the property's name is what is wrong (its key is the place to point at). */
  readonly onKey: boolean;
  readonly message: Message;
}

type Which = 'config' | 'settings';

/**
 * The validators, generated ahead of time by ajv from the schema (scripts/schema-validator.ts): plain code,
 * so neither ajv nor `new Function` runs in the server or its web worker.
 */
interface Validate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
const VALIDATORS: Record<Which, Validate> = { config: generated.config, settings: generated.settings };

function validator(which: Which): Validate {
  return VALIDATORS[which];
}

/**
 * Checks plain JSON data (own properties only; see `toData`) against the schema. Returns the issues; the
 * data is not changed.
 */
export function checkValue(value: unknown, which: Which): SchemaIssue[] {
  const validate = validator(which);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const issues: SchemaIssue[] = [];
  // Errors inside a oneOf branch are decided by their oneOf (see below), not reported one by one.
  const oneOfs = errors.filter((error) => error.keyword === 'oneOf');
  const insideOneOf = (error: ErrorObject) => oneOfs.some((parent) => error !== parent && within(error, parent));
  const seen = new Set<string>();
  for (const error of errors) {
    if (insideOneOf(error) && !chosenBranchError(error, oneOfs)) continue;
    const issue = issueOf(error);
    const key = issue && JSON.stringify([issue.onKey, issue.path.map(String)]);
    if (issue && !seen.has(key!)) { seen.add(key!); issues.push(issue); }
  }
  return issues;
}

/**
 * A oneOf whose value has the JSON type of exactly one branch (a string for the severity list, an object
 * for `{ severity, options }`) reports that branch's errors; otherwise it reports the choices itself.
 */
function chosenBranch(error: ErrorObject): number | undefined {
  const branches = error.schema as Record<string, unknown>[];
  const type = jsonType(error.data);
  const matching = branches.flatMap((branch, index) => (branchTypes(branch).includes(type) ? [index] : []));
  return matching.length === 1 ? matching[0] : undefined;
}

/** Whether `error` comes from a branch of the oneOf `parent` (same schema place, same value or inside it). */
function within(error: ErrorObject, parent: ErrorObject): boolean {
  return error.schemaPath.startsWith(`${parent.schemaPath}/`)
    && (error.instancePath === parent.instancePath || error.instancePath.startsWith(`${parent.instancePath}/`));
}

function chosenBranchError(error: ErrorObject, oneOfs: readonly ErrorObject[]): boolean {
  const parent = oneOfs.filter((one) => within(error, one)).sort((a, b) => b.schemaPath.length - a.schemaPath.length)[0];
  const branch = chosenBranch(parent);
  return branch !== undefined && error.schemaPath.startsWith(`${parent.schemaPath}/${branch}/`);
}

function issueOf(error: ErrorObject): SchemaIssue | undefined {
  const path = pathOf(error.instancePath);
  const name = label(path);
  switch (error.keyword) {
    case 'oneOf': {
      if (chosenBranch(error) !== undefined) return undefined; // the branch's own errors say it
      const branches = error.schema as Record<string, unknown>[];
      const values = branches.flatMap((branch) => (Array.isArray(branch.enum) ? branch.enum.map(String) : []));
      const keys = branches.flatMap((branch) => (branch.type === 'object' && branch.properties ? Object.keys(branch.properties) : []));
      return { path, onKey: false, message: msg('{0} is set to one of {1}, or to an object with {2}', name, values.join(', '), keys.join(', ')) };
    }
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const ruleOptions = path.length === 3 && path[0] === 'rules' && path[2] === 'options';
      const message = path.length === 1 && path[0] === 'rules'
        ? msg('Unknown rule {0}', key)
        : ruleOptions && known.length === 0 ? msg('The rule {0} takes no options ({1} is ignored)', path[1], key)
          : ruleOptions ? msg('The rule {0} has no option {1}: its options are {2}', path[1], key, known.join(', '))
            : msg('Unknown setting {0}: the settings are {1}', key, known.join(', '));
      return { path: [...path, key], onKey: true, message };
    }
    case 'enum':
      return { path, onKey: false, message: msg('{0} takes one of {1}', name, ((error.params as { allowedValues: unknown[] }).allowedValues).map(String).join(', ')) };
    case 'type':
      return { path, onKey: false, message: msg('{0} must be of type {1}', name, String((error.params as { type: string }).type)) };
    default:
      return { path, onKey: false, message: msg('{0}: {1}', name, error.message ?? error.keyword) };
  }
}

function branchTypes(branch: Record<string, unknown>): string[] {
  if (Array.isArray(branch.enum)) return [...new Set(branch.enum.map(jsonType))];
  if (typeof branch.type === 'string') return [branch.type];
  if (Array.isArray(branch.type)) return branch.type.map(String);
  return [];
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? 'number' : typeof value;
}

function pathOf(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** How a value is named in a message: its dotted path (`rules.double-space.severity`), or "the configuration". */
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
