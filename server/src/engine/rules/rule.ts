// The rule model: a rule is a metadata object plus a check that reports findings on a DocumentModel.

import type { PartId } from '../model/parts';
import type { DocumentModel, Range, Regime } from '../model';
import type { Message } from '../l10n/localize';
import type { WordDocument } from '../docx/model';
import type { LintShared } from './support/shared';
import { walkText, type TextVisitor } from './support/walk';

export type { TextVisitor };

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/**
 * How far a fix may be applied without a person looking:
 * - safe: punctuation, spacing, leading zeros, Unicode normalisation; fix-all and `--fix` apply it;
 * - guarded: inserting a block or changing a form; only as an explicit quick fix;
 * - suggest: no edit; the message says what to write.
 */
export type FixSafety = 'safe' | 'guarded' | 'suggest';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface Fix {
  readonly title: Message;
  readonly safety: FixSafety;
  readonly edits: readonly TextEdit[];
}

export interface Report {
  readonly range: Range;
  readonly message: Message;
  readonly fix?: Fix;
  /** A finding of lesser weight than the rule's default (an UNVERIFIED point, say). */
  readonly severity?: Severity;
  /**
   * The part this finding reports absent (a presence rule's finding only, never a malformed part's):
   * insert-missing and the preview's placeholders read it from here and never check the model again.
   */
  readonly part?: PartId;
  /** Other places of the same finding (a consistency rule's repeats, said once with the count). */
  readonly related?: readonly { readonly range: Range; readonly message: Message }[];
}

/**
 * One option a rule declares: where the guides differ or a point is UNVERIFIED (domain.md section 0), the
 * choice is the user's (or a profile's preset), with a lenient default. The declarations are the one source
 * of the configuration schema, the settings, the README's table and the check of every value given.
 */
export type OptionDeclaration =
  | { readonly type: 'enum'; readonly values: readonly string[]; readonly default: string; readonly description: string }
  | { readonly type: 'string[]'; readonly default: readonly string[]; readonly description: string };

export type OptionDeclarations = Readonly<Record<string, OptionDeclaration>>;

/** The value an option declaration admits. */
export type OptionValue<D extends OptionDeclaration> =
  D extends { type: 'enum'; values: readonly (infer V)[] } ? V : D extends { type: 'string[]' } ? readonly string[] : never;

/** A rule's resolved options: every declared option, each a value of its declared type. */
export type OptionValues<O extends OptionDeclarations> = { readonly [K in keyof O]: OptionValue<O[K]> };

export interface RuleContext<O extends OptionDeclarations = OptionDeclarations> {
  readonly model: DocumentModel;
  /** The regime the document is checked under (detected, or fixed by the profile). */
  readonly regime: Regime;
  /**
   * The rule's options, resolved once per lint: its declared defaults, under the profile's preset, under the
   * configuration's values (checked against the declarations when the configuration was read). Every
   * declared option is present and of its type: a rule reads it without checking.
   */
  readonly options: OptionValues<O>;
  /** The Word file the text was read from, with its formatting; only when linting a .docx. */
  readonly word?: WordDocument;
  /** What the rules of this lint run share (the running-text segments…), computed once per run. */
  readonly shared: LintShared;
  report(report: Report): void;
}

export interface RuleMeta {
  /** Stable, kebab-case, never renamed. */
  readonly id: string;
  /** The regimes the rule checks; 'unknown' when it also runs on drafts whose regime is not yet clear. */
  readonly regimes: readonly Regime[];
  readonly severity: Severity;
  /**
   * The severity while the drafter types (LintOptions.whileTyping: the editor's server), when it differs:
   * a finding that blocks CI and export but is only a hint in a draft being written (placeholder-left).
   * A severity the user configures wins over both.
   */
  readonly severityWhileTyping?: Severity;
  /** Where the regulation says so, per regime. */
  readonly basis: Partial<Record<Regime, string>>;
  /** One line on what the rule checks (English source; localised). */
  readonly description: string;
  /** Cheap rules still run on huge documents. */
  readonly cheap?: boolean;
  /** 'docx': a formatting rule, which needs the Word file's formatting and runs only when a .docx is linted. */
  readonly input?: 'docx';
  /** The options the rule takes, by name (camelCase); none when absent. */
  readonly options?: OptionDeclarations;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
  /**
   * A text rule's visitor: what it looks for in the one walk over the text that lint shares among all
   * text rules (its `check` walks for it alone, for callers that run one rule).
   */
  readonly visit?: (context: RuleContext) => TextVisitor;
}

/** A rule as written: a check, or (a text rule) a visitor of the shared walk; its context's options are typed by its declarations. */
export type RuleDefinition<O extends OptionDeclarations = OptionDeclarations> = RuleMeta & { readonly options?: O } & (
  | { check(context: RuleContext<O>): void; visit?: undefined }
  | { visit(context: RuleContext<O>): TextVisitor; check?: undefined }
);

/**
 * The most findings one rule reports on one document. A drafter cannot use more, and a text built to
 * provoke millions (a megabyte of brackets) must not exhaust the server: past this, the rule stops.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

export function defineRule<const O extends OptionDeclarations = Record<never, never>>(declared: RuleDefinition<O>): Rule {
  // Lint hands each rule the options its declarations admit (options.ts): the typed view is sound.
  const definition = declared as unknown as RuleDefinition;
  if (!/^[a-z]+(-[a-z]+)*$/.test(definition.id)) throw new Error(`Rule id must be kebab-case: ${definition.id}`);
  const visit = definition.visit;
  if (visit) {
    const limited = (context: RuleContext) => visit(limitReports(context));
    return {
      ...definition,
      visit: limited,
      check(context) {
        let failure: { error: unknown } | undefined;
        walkText(context.model, [{ visitor: limited(context), fail: (error) => { failure = { error }; } }], context.shared);
        if (failure && !isFindingLimit(failure.error)) throw failure.error; // the findings made so far stand
      },
    };
  }
  const check = definition.check!;
  return {
    ...definition,
    check(context) {
      try {
        check(limitReports(context));
      } catch (error) {
        if (!isFindingLimit(error)) throw error; // the findings made so far stand
      }
    },
  };
}

/** The context with a report that stops the rule (by throwing) past MAX_FINDINGS_PER_RULE. */
export function limitReports(context: RuleContext): RuleContext {
  let reported = 0;
  return {
    ...context,
    report(report) {
      if (++reported > MAX_FINDINGS_PER_RULE) throw ENOUGH;
      context.report(report);
    },
  };
}

/** Whether a rule stopped because it reached its finding limit (its findings stand). */
export function isFindingLimit(error: unknown): boolean {
  return error === ENOUGH;
}

/** Thrown to stop a rule at its limit. */
const ENOUGH = new Error('finding limit reached');
