import { afterAll } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './launch-extension.ts';
import { PAGES, type PageServer, type ServeOptions, servePages } from './serve-pages.ts';
import { withFolderPicker } from './shared-folder.ts';

export interface LaunchOptions {
  /** Answers the folder picker with a private folder, for files that sync through a shared folder. */
  readonly sharedFolder?: boolean;
}

export interface E2eSetup {
  /** Chromium with the built extension, in a fresh profile. */
  launch(options?: LaunchOptions): Promise<ExtensionBrowser>;
  /** Serves a folder of test pages, the repository's fixture pages unless told otherwise. */
  serve(folder?: string, options?: ServeOptions): Promise<PageServer>;
}

/**
 * What one e2e file starts, each closed after its last test: the browsers first, then the servers
 * their pages came from. Only what did start is closed, so a launch that failed in a hook or
 * halfway through a test leaves nothing for the file to check before closing.
 */
export function e2eSetup(): E2eSetup {
  const browsers: ExtensionBrowser[] = [];
  const servers: PageServer[] = [];
  afterAll(async () => {
    // Every one is closed even when another fails to; the first failure is then reported.
    const closed = await Promise.allSettled(browsers.map((browser) => browser.close()));
    const stopped = await Promise.allSettled(servers.map((server) => server.close()));
    const failed = [...closed, ...stopped].find((result) => result.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  });
  return {
    async launch(options = {}) {
      const browser = await launchExtension();
      browsers.push(browser);
      if (options.sharedFolder === true) await withFolderPicker(browser);
      return browser;
    },
    async serve(folder = PAGES, options = {}) {
      const server = await servePages(folder, options);
      servers.push(server);
      return server;
    },
  };
}
