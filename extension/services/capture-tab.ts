import type { CaptureDraft } from '../../shared/capture/capture-draft.ts';
import { unreadablePageDraft } from '../../shared/capture/unreadable-page.ts';
import { LIMITS } from '../../shared/limits.ts';
import { type CaptureRefusal, CaptureRequest, type CaptureSession } from '../messaging/capture-session.ts';
import { FrameCapture } from '../messaging/page-results.ts';
import { classifyAddress, refusalFromInjectionError } from './capture-target.ts';

/** What the browser says about a tab; url and title only where the extension may know them. */
export interface TabInfo {
  readonly url?: string | undefined;
  readonly title?: string | undefined;
}

/** One frame's injection result as the browser returns it; `result` is untrusted page output. */
export interface InjectionResult {
  readonly frameId: number;
  readonly result?: unknown;
}

export interface CaptureTabDeps {
  readonly getTab: (tabId: number) => Promise<TabInfo>;
  /** Runs capture.js in the tab's frames and returns every frame's answer. */
  readonly injectCapture: (tabId: number) => Promise<readonly InjectionResult[]>;
  /** Keeps the capture for the sheet (storage.session). */
  readonly publish: (state: CaptureSession) => Promise<void>;
  /** Looks for the partner's earlier clips on the tab and highlights them. */
  readonly anchorTab: (tabId: number) => Promise<unknown>;
  readonly now: () => number;
  readonly newId: () => string;
  /** How long a page may take to answer before it is clipped by address and title only. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

class CaptureTimeout extends Error {
  constructor() {
    super('the page did not answer in time');
  }
}

/**
 * The one path from "clip this" to a draft in the sheet, whichever way the partner asked: context
 * menu, keyboard shortcut, toolbar popup or the sheet itself. It reads the page through capture.js
 * (under activeTab), validates what the page returned, and always publishes an answer: a draft,
 * a draft by address and title for a page whose text cannot be read, or a refusal with its reason.
 */
export function createCaptureTab(deps: CaptureTabDeps) {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function settle(state: CaptureSession): Promise<CaptureSession> {
    await deps.publish(state);
    if (state.status === 'ready') await deps.anchorTab(state.tabId).catch((error: unknown) => console.warn(error));
    return state;
  }

  return async function captureTab(input: unknown): Promise<CaptureSession> {
    const captureId = deps.newId();
    const parsed = CaptureRequest.safeParse(input);
    if (!parsed.success) return settle({ status: 'refused', captureId, reason: 'no-tab' });
    const { tabId, source, pageUrl } = parsed.data;
    const refuse = (reason: CaptureRefusal) => settle({ status: 'refused', captureId, tabId, reason });
    await deps.publish({ status: 'capturing', captureId, tabId });

    let tab: TabInfo;
    try {
      tab = await deps.getTab(tabId);
    } catch {
      return refuse('no-tab');
    }
    const address = tab.url ?? pageUrl;
    const target = classifyAddress(address);
    if (target.kind === 'refused') return refuse(target.reason);

    let draft: CaptureDraft | null = null;
    try {
      draft = pickDraft(await withTimeout(deps.injectCapture(tabId), timeoutMs));
    } catch (error) {
      const reason = error instanceof CaptureTimeout ? undefined : refusalFromInjectionError(error instanceof Error ? error.message : String(error));
      if (reason !== undefined) return refuse(reason);
      // Kept in the worker's console: the one trace of why a page the partner sees was unreadable.
      console.warn('the page was clipped by address and title only:', error);
    }
    // A page that gave no text (a PDF in the viewer, an error page, a page too slow or too broken
    // to answer) is still a source: clipped by address and title, with a note saying so.
    if (draft === null && target.kind === 'web') draft = unreadablePageDraft(target.url, tab.title ?? '');
    if (draft === null) return refuse(target.kind === 'web' ? 'not-web' : 'no-access');
    if (!draft.textReadable) draft = { ...draft, source: { ...draft.source, title: unreadableTitle(draft.pageUrl, tab.title) } };
    return settle({ status: 'ready', captureId, tabId, source, draft, capturedAt: new Date(deps.now()).toISOString() });
  };
}

/**
 * The draft of the frame holding the selection, else the top frame's. Frames answer in any order
 * and any of them may be hostile or broken: each answer is parsed, and a bad one is ignored.
 */
export function pickDraft(results: readonly InjectionResult[]): CaptureDraft | null {
  const answers = results
    .map((entry) => ({ frameId: entry.frameId, answer: FrameCapture.safeParse(entry.result) }))
    .flatMap(({ frameId, answer }) =>
      answer.success && answer.data.ok && answer.data.draft !== null ? [{ frameId, hasSelection: answer.data.hasSelection, draft: answer.data.draft }] : [],
    )
    .sort((a, b) => a.frameId - b.frameId);
  return (answers.find((a) => a.hasSelection) ?? answers.find((a) => a.frameId === 0))?.draft ?? null;
}

/**
 * A title for a page whose text could not be read: the browser's tab title (a PDF's own title),
 * unless that is just its address, then the file name, then the host.
 */
export function unreadableTitle(pageUrl: string, tabTitle: string | undefined): string {
  const url = new URL(pageUrl);
  const title = tabTitle?.trim() ?? '';
  const addressLike = title === '' || pageUrl.includes(title) || /^[^\s]+\/[^\s]*$/.test(title);
  if (!addressLike) return title.slice(0, LIMITS.shortText);
  let file = '';
  try {
    file = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  } catch {
    file = '';
  }
  return (file.trim() || url.hostname).slice(0, LIMITS.shortText);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CaptureTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
