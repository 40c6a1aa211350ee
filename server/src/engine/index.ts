// The engine's public surface (bundled as dist/engine.js, CommonJS): pure functions, no editor, no I/O.

export { parse } from './parse/parse';
export { lint, lintModel, rules, LARGE_DOCUMENT, LARGE_DOCUMENT_CHARS } from './lint';
export type { Diagnostic, DiagnosticFix, LintOptions, LintResult, RuleSetting } from './lint';
export { applyEdits, fixAll, fixEdits, type FixStart } from './fix';
// One analysis per document version; the language service over it is `engine/service` (it draws pages,
// so it is kept out of this bundle's surface).
export { analyse, analyseModel } from './service/analysis';
export type { Analysis, DocumentInfo, DocumentRef } from './service/analysis';
export { PROFILE_NAMES, PROFILES, isProfileName } from './profiles/profiles';
export type { ProfileName, ProfileSettings } from './profiles/profiles';
export { localize, msg } from './l10n/localize';
export type { Language, Message } from './l10n/localize';
export type * from './model';
export type { FixSafety, OptionDeclaration, OptionDeclarations, Rule, Severity, TextEdit } from './rules/rule';
export { DOCUMENT_TYPES, typeByName } from './catalog/documentTypes';
export { SIGNING_FORMS } from './catalog/signingForms';
export { CONFIG_FILE_NAME, mergeOptions, parseConfig, PROFILE_OPTIONS } from './config/config';
export type { ConfigProblem, ParsedConfig } from './config/config';
export { paragraphOf, readDocx, WordError } from './docx';
export type { WordDocument, WordErrorKind } from './docx';
export { lintDocx } from './lintDocx';
export type { DocxLintResult } from './lintDocx';
export { fixDocxFormatting } from './formatting-fix';
export type { DocxFixOptions, DocxFixResult, FormattingChange, LeftFinding } from './formatting-fix';
