// The engine's public surface (bundled as dist/engine.js, CommonJS): pure functions, no editor, no I/O.
// The one module the language server and the CLI import from the engine (an ESLint rule holds them to
// it): they analyse documents through the analysis host and answer through the language service.

export { parse } from './parse/parse';
export { lint, lintModel, rules, LARGE_DOCUMENT, LARGE_DOCUMENT_CHARS } from './lint';
export type { Diagnostic, DiagnosticFix, LintOptions, LintResult, RuleSetting } from './lint';
export { applyEdits, fixAll, fixEdits, type FixStart } from './fix';
// One analysis per document version (the analysis host) and every editor feature over it (the language service).
export * from './service';
export { PROFILE_NAMES, PROFILES, isProfileName } from './profiles/profiles';
export type { ProfileName, ProfileSettings } from './profiles/profiles';
export { localize, msg } from './l10n/localize';
export type { Language, Message } from './l10n/localize';
export type * from './model';
export type { FixSafety, OptionDeclaration, OptionDeclarations, Rule, Severity, TextEdit } from './rules/rule';
export { DOCUMENT_TYPES, typeByName } from './catalog/documentTypes';
export { SIGNING_FORMS } from './catalog/signingForms';
export { checkSettingsData, CONFIG_FILE_NAME, mergeOptions, parseConfig, withWords } from './config/config';
export { resolveRuleOptions } from './config/options';
export type { ConfigProblem, ParsedConfig } from './config/config';
export { paragraphOf, readDocx, WordError } from './docx';
export type { WordDocument, WordErrorKind } from './docx';
export { lintDocx } from './lintDocx';
// Legacy Vietnamese encodings (Windows-1258, TCVN3, VNI) detected and converted to Unicode.
export { convertLegacy, convertWordRuns, detectLegacy, ENCODING_NAMES, LEGACY_ENCODINGS } from './text/legacy';
export type { Conversion, Detection, LegacyEncoding } from './text/legacy';
export type { DocxLintResult } from './lintDocx';
export { fixDocxFormatting } from './formatting-fix';
export type { DocxFixOptions, DocxFixResult, FormattingChange, LeftFinding, FixSelector } from './formatting-fix';
