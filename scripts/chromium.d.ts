// Types of chromium.js.
import type { Browser, BrowserContext } from 'playwright-core';

export const CHROMIUM: string;
export const CHROMIUM_ARGS: readonly string[];
export function launchChromium(): Promise<Browser>;
export function launchChromiumContext(options?: Record<string, unknown>): Promise<{ context: BrowserContext; profile: string }>;
