// Headless system Chromium for benches, launched like the e2e config (no sandbox, no GPU).
// Launched as a server so we know the root process id (for /proc memory sampling).
import { chromium, type Browser } from '@playwright/test';

export interface LaunchedChromium {
  browser: Browser;
  /** Pid of the launched process; the renderers, GPU and utility processes descend from it. */
  rootPid: number;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedChromium> {
  const server = await chromium.launchServer({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const rootPid = server.process().pid;
  if (rootPid === undefined) throw new Error('Chromium did not report a process id');
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    rootPid,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
