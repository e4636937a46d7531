import fs from 'fs/promises';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './databases';

export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags this machine needs (no network beyond loopback). */
export const launchBrowser = async (): Promise<Browser> => {
  await fs.mkdir(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
};

export const artifact = (name: string): string => path.join(ARTIFACTS, name);
