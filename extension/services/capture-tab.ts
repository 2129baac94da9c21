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
  /** Runs capture.js in the tab's top frame; rejects with the browser's reason when it may not. */
  readonly injectTopCapture: (tabId: number) => Promise<readonly InjectionResult[]>;
  /** Runs capture-frames.js in the tab's sub frames; answers once the slowest of them has. */
  readonly injectFrameCapture: (tabId: number) => Promise<readonly InjectionResult[]>;
  /** Keeps the capture for the sheet (storage.session). */
  readonly publish: (state: CaptureSession) => Promise<void>;
  /** Looks for the partner's earlier clips on the tab and highlights them. */
  readonly anchorTab: (tabId: number) => Promise<unknown>;
  readonly now: () => number;
  readonly newId: () => string;
  /** How long the top frame may take to answer before the page is clipped by address and title only. */
  readonly timeoutMs?: number;
  /** How long the sub frames may take after the top frame has answered without a selection. */
  readonly frameGraceMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_FRAME_GRACE_MS = 400;

class CaptureTimeout extends Error {
  constructor() {
    super('the page did not answer in time');
  }
}

/** A frame's answer that parsed: what it holds, and whether that is the partner's selection. */
interface FrameAnswer {
  readonly frameId: number;
  readonly hasSelection: boolean;
  readonly draft: CaptureDraft;
}

/**
 * The one path from "clip this" to a draft in the sheet, whichever way the partner asked: context
 * menu, keyboard shortcut, toolbar popup or the sheet itself. It reads the page through capture.js
 * (under activeTab), validates what the page returned, and always publishes an answer: a draft,
 * a draft by address and title for a page whose text cannot be read, or a refusal with its reason.
 */
export function createCaptureTab(deps: CaptureTabDeps) {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const graceMs = deps.frameGraceMs ?? DEFAULT_FRAME_GRACE_MS;

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
      draft = await readFrames(deps, tabId, timeoutMs, graceMs);
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
 * The draft of the frame holding the selection, else the top frame's, from the top frame's parsed
 * answer and the sub frames' answers so far. Any frame may be hostile or broken: each answer is
 * parsed, and a bad one is ignored. The top frame's selection goes first, so a sub frame claiming one
 * cannot take the place of what the partner selected on the page itself.
 */
function choose(own: FrameAnswer | undefined, frames: readonly InjectionResult[]): CaptureDraft | null {
  if (own?.hasSelection === true) return own.draft;
  return parseAnswers(frames).find((answer) => answer.frameId !== 0 && answer.hasSelection)?.draft ?? own?.draft ?? null;
}

function topAnswer(top: readonly InjectionResult[]): FrameAnswer | undefined {
  return parseAnswers(top).find((answer) => answer.frameId === 0);
}

function parseAnswers(results: readonly InjectionResult[]): FrameAnswer[] {
  return results
    .map((entry) => ({ frameId: entry.frameId, answer: FrameCapture.safeParse(entry.result) }))
    .flatMap(({ frameId, answer }) =>
      answer.success && answer.data.ok && answer.data.draft !== null ? [{ frameId, hasSelection: answer.data.hasSelection, draft: answer.data.draft }] : [],
    )
    .sort((a, b) => a.frameId - b.frameId);
}

/**
 * Reads the top frame and the sub frames side by side and settles as soon as the answer is known:
 * at once when the top frame holds the selection; when the sub frames' answer is in; or, when the
 * top frame has answered without a selection, a short grace later with the top frame's draft, so
 * a sub frame that never answers costs no more than that grace. Only a top frame that does not
 * answer at all runs into the timeout; a sub frame's selection known by then is still taken.
 */
function readFrames(deps: CaptureTabDeps, tabId: number, timeoutMs: number, graceMs: number): Promise<CaptureDraft | null> {
  return new Promise((resolve, reject) => {
    // The top frame's answer, parsed once; null while it has not answered.
    let top: FrameAnswer | undefined | null = null;
    let frames: readonly InjectionResult[] | undefined;
    let graceOver = false;
    let settled = false;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      settle();
    };
    const decide = () => {
      if (top === null) return;
      const own = top;
      if (own?.hasSelection === true || frames !== undefined || graceOver) finish(() => resolve(choose(own, frames ?? [])));
    };
    timers.push(
      setTimeout(() => {
        const fromFrames = choose(undefined, frames ?? []);
        finish(() => (fromFrames === null ? reject(new CaptureTimeout()) : resolve(fromFrames)));
      }, timeoutMs),
    );
    deps.injectTopCapture(tabId).then(
      (results) => {
        top = topAnswer(results);
        timers.push(
          setTimeout(() => {
            graceOver = true;
            decide();
          }, graceMs),
        );
        decide();
      },
      (error: unknown) => finish(() => reject(error)),
    );
    // A sub frame the extension may not read (another extension's, a blocked one) only means no
    // sub frame answers: the top frame's answer stands.
    deps.injectFrameCapture(tabId).then(
      (results) => {
        frames = results;
        decide();
      },
      () => {
        frames = [];
        decide();
      },
    );
  });
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
