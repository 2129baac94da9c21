import { AnchoredPage, CaptureSession, SESSION_KEYS } from '../messaging/capture-session.ts';

/** The parts of `browser.storage.session` used; only extension contexts can reach this area. */
export interface SessionArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChanges {
  addListener(callback: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  removeListener(callback: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

export interface SessionSnapshot {
  readonly capture: CaptureSession | undefined;
  readonly page: AnchoredPage | undefined;
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/**
 * The capture in progress and the page last looked at, shared by the background and the sheet.
 * Values are parsed on every read: a damaged value reads as absent rather than as a wrong draft.
 */
export function createSessionStore(area: SessionArea, changes: StorageChanges) {
  async function read(): Promise<SessionSnapshot> {
    const stored = await area.get([SESSION_KEYS.capture, SESSION_KEYS.page]);
    const capture = CaptureSession.safeParse(stored[SESSION_KEYS.capture]);
    const page = AnchoredPage.safeParse(stored[SESSION_KEYS.page]);
    return { capture: capture.success ? capture.data : undefined, page: page.success ? page.data : undefined };
  }

  return {
    read,
    publishCapture: (state: CaptureSession) => area.set({ [SESSION_KEYS.capture]: state }),
    publishPage: (page: AnchoredPage) => area.set({ [SESSION_KEYS.page]: page }),
    /** Ends the capture: saved or cancelled, the draft is gone. */
    clearCapture: () => area.remove(SESSION_KEYS.capture),

    /** Calls `onChange` with a fresh snapshot whenever either value changes; returns the unsubscribe. */
    watch(onChange: (snapshot: SessionSnapshot) => void): () => void {
      const listener = (changed: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName !== 'session' || !(SESSION_KEYS.capture in changed || SESSION_KEYS.page in changed)) return;
        void read().then(onChange, (error: unknown) => console.error(error));
      };
      changes.addListener(listener);
      return () => changes.removeListener(listener);
    },
  };
}
