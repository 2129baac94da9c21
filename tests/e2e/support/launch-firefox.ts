import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { type RefusingProxy, refusingProxy } from './refusing-proxy.ts';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
/** The add-on id of the Firefox manifest (wxt.config.ts). */
export const ADDON_ID = 'regiobeeld@regiobeeld';
/** Firefox gives every installation its own moz-extension host; the profile fixes this one. */
const ADDON_UUID = '6f1c2b9e-4d3a-4e8b-9c71-2a5d8e0f3b64';

export interface FirefoxExtension {
  readonly browser: Browser;
  readonly profileDir: string;
  /** Where Firefox saves downloads, without asking. */
  readonly downloadDir: string;
  /** What Firefox tried to fetch from outside the machine (refused). */
  readonly outsideAttempts: readonly string[];
  url(path: string): string;
  /** Opens an extension page in a new tab and waits until it is loaded. */
  open(path: string): Promise<Page>;
  /** Runs an expression in Firefox's own window (browser.xhtml) and returns its JSON-able value. */
  inBrowserWindow(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Prefs that keep Firefox from reaching the network on its own, on top of those puppeteer sets
 * (updates, safe browsing, remote settings, health report, Shield). Everything that still tries is
 * sent to a proxy that refuses it at once, so nothing waits on a connection that cannot be made.
 */
function offlinePrefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.allow_hijacking_localhost': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.trr.mode': 5,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.safebrowsing.update.enabled': false,
  };
}

const TreeResult = z.object({ contexts: z.array(z.object({ context: z.string(), url: z.string() })) });
const EvaluateResult = z.union([
  z.object({ type: z.literal('success'), result: z.object({ type: z.literal('string'), value: z.string() }) }),
  z.object({ type: z.literal('exception'), exceptionDetails: z.object({ text: z.string() }) }),
]);

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Debian's Firefox ESR, headless, in a fresh Dutch profile, with the built add-on installed as a
 * temporary add-on (WebDriver BiDi `webExtension.install`, as about:debugging does), driven over
 * WebDriver BiDi by puppeteer-core, which never downloads a browser.
 *
 * `--remote-allow-system-access` lets BiDi open moz-extension:// pages and run script in Firefox's
 * own window, where the add-on's keyboard shortcut lives: WebDriver input reaches only web content,
 * so a test cannot press a browser shortcut.
 */
export async function launchFirefox(): Promise<FirefoxExtension> {
  const profileDir = await mkdtemp(join(tmpdir(), 'regiobeeld-firefox-'));
  const downloadDir = join(profileDir, 'downloads');
  await mkdir(downloadDir);
  const proxy: RefusingProxy = await refusingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    // Also what Firefox's own test harness sets: the remote settings client then honours the
    // dummy server puppeteer configures instead of calling Mozilla's.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    // A first start on a busy two-core machine can take a while.
    timeout: 90_000,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...offlinePrefs(proxy.port),
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // The Dutch language pack (firefox-esr-l10n-nl) makes Firefox, and so the add-on, Dutch.
      'intl.locale.requested': 'nl',
      'intl.accept_languages': 'nl-NL, nl',
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const url = (path: string) => `moz-extension://${ADDON_UUID}/${path}`;

  async function inBrowserWindow(expression: string): Promise<unknown> {
    const tree = TreeResult.parse((await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result);
    const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (window === undefined) throw new Error('no Firefox window');
    const answer = EvaluateResult.parse(
      (
        await connection.send('script.evaluate', {
          expression: `(async () => JSON.stringify((await (${expression})) ?? null))()`,
          target: { context: window.context },
          awaitPromise: true,
        })
      ).result,
    );
    if (answer.type === 'exception') throw new Error(`in the Firefox window: ${answer.exceptionDetails.text}`);
    return JSON.parse(answer.result.value) as unknown;
  }

  return {
    browser,
    profileDir,
    downloadDir,
    outsideAttempts: proxy.attempts,
    url,
    async open(path) {
      // page.goto waits for a load event BiDi does not report for a moz-extension page, and a web
      // page may not send a tab there: the tab is sent over BiDi, and the page says when it is there.
      const target = url(path);
      const page = await browser.newPage();
      // puppeteer keeps a frame's BiDi browsing-context id as `_id` (not in its public types).
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      await connection.send('browsingContext.navigate', { context, url: target, wait: 'none' });
      await page.waitForFunction((address) => location.href === address && document.readyState === 'complete', {}, target);
      return page;
    },
    inBrowserWindow,
    async close() {
      await browser.close();
      await proxy.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
