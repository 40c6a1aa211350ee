// Types of codeServer.js, for the TypeScript checks that drive code-server.

export const ROOT: string;
export const VERSION: string;
export const BIN: string;
export const CHROMIUM: string;

export interface RunningCodeServer {
  readonly port: number;
  readonly pid: number;
  readonly url: string;
  readonly log: string;
  stop(): Promise<void>;
}

export function startCodeServer(options: { stateDir: string; workspace: string; env?: Record<string, string>; timeoutMs?: number }): Promise<RunningCodeServer>;
export function codeServerCommand(stateDir: string, args: string[]): { command: string; args: string[]; env: Record<string, string> };
export { launchChromium } from '../chromium';
/** Runs a command from the command palette of a code-server page (a playwright Page), by clicking its entry. */
export function runCommand(page: unknown, title: string, timeoutMs?: number): Promise<void>;
