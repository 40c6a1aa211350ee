// The Node-side configuration module: find, read and validate `.vanbanrc.json`.
export { findConfig, loadConfigFile, loadConfigFor, type LoadedConfig } from './load';
export { CONFIG_FILE_NAME, mergeOptions, parseConfig, type ConfigProblem, type ParsedConfig } from '../engine/config/config';
