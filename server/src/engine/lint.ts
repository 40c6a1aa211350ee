// Profile + configuration + inline directives -> findings.

import type { PartId } from './model/parts';
import { localize, msg, type Language, type Message } from './l10n/localize';
import type { DocumentModel, Range, Regime } from './model';
import { parse } from './parse/parse';
import { resolveRuleOptions } from './config/options';
import { isProfileName, PROFILES, type ProfileName } from './profiles/profiles';
import { RULES } from './rules';
import { isFindingLimit, type FixSafety, type Report, type Rule, type RuleContext, type Severity, type TextEdit } from './rules/rule';
import { LintShared } from './rules/support/shared';
import { walkText, type WalkEntry } from './rules/support/walk';
import type { WordDocument } from './docx/model';

export type RuleSetting = Severity | 'off' | { readonly severity?: Severity | 'off'; readonly options?: Record<string, unknown> };

export interface LintOptions {
  /** `auto` (default) detects the regime; the others fix it. */
  readonly profile?: ProfileName;
  /** Message language; Vietnamese by default. */
  readonly language?: Language;
  /** Per-rule severity or options, by rule id. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Run only the cheap rules. */
  readonly cheapOnly?: boolean;
  /**
   * Above this many characters only the cheap rules run, and one information diagnostic says so; the
   * server stays responsive on a pasted 50 MB file. Default: LARGE_DOCUMENT_CHARS.
   */
  readonly largeDocumentChars?: number;
  /** Told when a rule throws; the rule is skipped for this run and the others go on. */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
  /** The Word file the text was read from: the formatting rules (input 'docx') run only with it. */
  readonly word?: WordDocument;
  /**
   * The text is a draft being typed (the editor's server sets it; the CLI, CI and export do not): a rule's
   * `severityWhileTyping` applies where the user configured no severity.
   */
  readonly whileTyping?: boolean;
}

/** Two million characters: about 300 pages of dense text, far beyond any official document. */
export const LARGE_DOCUMENT_CHARS = 2_000_000;

/** The id of the information diagnostic given when a document is too large for the full rule set. */
export const LARGE_DOCUMENT = 'large-document';

export interface DiagnosticFix {
  readonly title: string;
  readonly safety: FixSafety;
  readonly edits: readonly TextEdit[];
}

export interface Diagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** 0-based LSP positions. */
  readonly range: Range;
  readonly fix?: DiagnosticFix;
  /** The part the finding reports absent (rules/rule.ts `Report.part`). */
  readonly part?: PartId;
  /** Other places of the same finding (LSP relatedInformation). */
  readonly related?: readonly { readonly range: Range; readonly message: string }[];
  /** The severity outside typing, where the rule is milder while typing (a placeholder: a hint as you type, an
   * error at export and in CI), so the export can ask about it as the CLI would report it. */
  readonly severityAtRest?: Severity;
}

export interface LintResult {
  readonly model: DocumentModel;
  readonly regime: Regime;
  readonly profile: ProfileName;
  readonly diagnostics: Diagnostic[];
  /** What the rules shared in this run: the next version's `lintModel` reuses its per-text values. */
  readonly shared: LintShared;
}

/** Lints a text: the engine's public entry point. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  return lintModel(parse(text), options).diagnostics;
}

/**
 * Lints an already parsed model (the server parses once per version and shares the model). `previous`:
 * the previous version's run while the document is edited, and `lineBefore`, the line of that version
 * each line repeats (-1 for none; by default the same line); the findings are the same without them.
 */
export function lintModel(model: DocumentModel, options: LintOptions = {}, previous?: LintShared, lineBefore?: (line: number) => number): LintResult {
  const language = options.language ?? 'vi';
  const inlineProfile = model.directives.find((directive) => directive.kind === 'profile')?.values[0];
  const profileName: ProfileName = isProfileName(inlineProfile) ? inlineProfile : options.profile ?? 'auto';
  const profile = PROFILES[profileName];
  const regime: Regime = profile.regime ?? model.regime;
  const suppressed = suppression(model);
  const diagnostics: Diagnostic[] = [];
  const limit = options.largeDocumentChars ?? LARGE_DOCUMENT_CHARS;
  const large = model.text.length > limit;
  const cheapOnly = options.cheapOnly || large;
  if (large) {
    diagnostics.push({
      rule: LARGE_DOCUMENT,
      severity: 'info',
      message: localize(language, msg('This document has more than {0} characters: only the quick checks ran', limit)),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
  }

  // Each rule's findings, in the rules' order; a rule that throws is dropped (null) for this version.
  const byRule: (Diagnostic[] | null)[] = [];
  // Text rules are visitors of one shared walk over the text.
  const walk: WalkEntry[] = [];
  const checks: (() => void)[] = [];
  // Values the rules derive from the model (segments, masked lines): computed once for this run.
  const shared = new LintShared(previous, previous !== undefined, lineBefore);
  for (const rule of RULES) {
    if (!rule.regimes.includes(regime)) continue;
    if (cheapOnly && !rule.cheap) continue;
    if (rule.input === 'docx' && !options.word) continue;
    const setting = options.rules?.[rule.id];
    const configured = typeof setting === 'string' ? setting : setting?.severity;
    if (configured === 'off') continue;
    const typing = options.whileTyping ? rule.severityWhileTyping : undefined;
    // Defaults, under the profile's preset, under the configuration's.
    const ruleOptions = resolveRuleOptions(rule, [profile.preset[rule.id], typeof setting === 'object' ? setting.options : undefined]);
    const found: Diagnostic[] = [];
    const slot = byRule.push(found) - 1;
    const context: RuleContext = {
      model, regime, options: ruleOptions, word: options.word, shared,
      report: (report: Report) => {
        if (suppressed(rule.id, report.range.start.line)) return;
        const atRest = configured ?? report.severity ?? rule.severity;
        found.push({
          rule: rule.id,
          severity: configured ?? typing ?? report.severity ?? rule.severity,
          ...(!configured && typing && typing !== atRest ? { severityAtRest: atRest } : {}),
          message: localize(language, report.message),
          range: report.range,
          fix: report.fix && { title: localize(language, report.fix.title), safety: report.fix.safety, edits: report.fix.edits },
          ...(report.part ? { part: report.part } : {}),
          ...(report.related?.length ? { related: report.related.map((place) => ({ range: place.range, message: localize(language, place.message) })) } : {}),
        });
      },
    };
    const failed = (error: unknown) => {
      options.onRuleError?.(rule.id, error);
      byRule[slot] = null; // this rule is skipped for this version; its partial findings are dropped
    };
    if (rule.visit) {
      try {
        walk.push({ visitor: rule.visit(context), fail: (error) => { if (!isFindingLimit(error)) failed(error); } });
      } catch (error) {
        failed(error);
      }
      continue;
    }
    checks.push(() => {
      try {
        rule.check(context);
      } catch (error) {
        failed(error);
      }
    });
  }
  // The text rules' one walk first, then the other rules (their findings keep the rules' order).
  if (walk.length) walkText(model, walk, shared);
  for (const check of checks) check();
  for (const found of byRule) if (found) diagnostics.push(...found);
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  shared.settle();
  return { model, regime, profile: profileName, diagnostics, shared };
}

/** Whether a rule is silenced on a line by `vanban-disable`, `-enable`, `-disable-line`, `-disable-next-line`. */
function suppression(model: DocumentModel): (ruleId: string, line: number) => boolean {
  const directives = model.directives.filter((directive) => directive.kind !== 'profile');
  if (directives.length === 0) return () => false;
  return (ruleId, line) => {
    let disabled = false;
    for (const directive of directives) {
      const names = directive.values.length === 0 || directive.values.includes(ruleId);
      if (!names) continue;
      if (directive.kind === 'disable-next-line' && directive.line + 1 === line) return true;
      if (directive.kind === 'disable-line' && directive.line === line) return true;
      if (directive.line > line) continue;
      if (directive.kind === 'disable') disabled = true;
      if (directive.kind === 'enable') disabled = false;
    }
    return disabled;
  };
}

/** Every rule's id and metadata, for documentation, completion and configuration schemas. */
export function rules(): readonly Rule[] {
  return RULES;
}

export type { Message };
