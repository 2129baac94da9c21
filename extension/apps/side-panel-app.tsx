import { useEffect, useState } from 'preact/hooks';
import { areasOfRegion } from '../../shared/catalog/areas.ts';
import { normalizeUrl } from '../../shared/capture/normalize-url.ts';
import { CAPTURE_REFUSAL_MESSAGES } from '../i18n/labels.ts';
import { t, uiLanguage } from '../i18n/t.ts';
import type { CaptureSession } from '../messaging/capture-session.ts';
import type { AnchorStore } from '../services/anchor-store.ts';
import type { ObservationInput, RecordStore } from '../services/record-store.ts';
import type { SessionSnapshot, SessionStore } from '../services/session-store.ts';
import { CaptureSheet, PageClips, sheetFromDraft } from '../features/capture-sheet/index.ts';
import { useLiveQuery } from '../ui/use-live-query.ts';

export interface SidePanelAppProps {
  readonly store: RecordStore;
  readonly anchors: Pick<AnchorStore, 'statuses'>;
  readonly session: Pick<SessionStore, 'read' | 'watch' | 'clearCapture'>;
  /** Asks the background to clip the tab again (the "clip another" button). */
  readonly requestCapture: (tabId: number) => Promise<void>;
  /** Asks the background to look for this page's clips again, e.g. right after a save. */
  readonly requestAnchor: (tabId: number) => Promise<void>;
  /** Marks the tab the clip came from (the toolbar badge). */
  readonly clipsSaved: (tabIds: number[]) => Promise<void>;
  readonly openDashboard: () => void;
  /**
   * Calls back whenever the partner switches to another tab in the panel's window; returns the
   * unsubscribe. What the last clip ended with belongs to its tab, so it is not left standing there.
   */
  readonly watchActiveTab: (onSwitch: () => void) => () => void;
}

type Outcome =
  | { readonly kind: 'saved'; readonly pending: boolean; readonly tabId: number; readonly issueTitle: string | undefined }
  | { readonly kind: 'cancelled' };

const logError = (error: unknown) => console.error(error);

/**
 * The side panel (a sidebar in Firefox): the capture sheet for the clip being made, and the
 * partner's clips of the page with whether they were found again. Test ids: panel, panel-idle,
 * panel-capturing, panel-refused (data-reason), panel-not-set-up, panel-saved, panel-cancelled,
 * panel-clip-again, panel-open-dashboard; the sheet's and page-clips' own ids.
 */
export function SidePanelApp({ store, anchors, session, requestCapture, requestAnchor, clipsSaved, openDashboard, watchActiveTab }: SidePanelAppProps) {
  const [snapshot, setSnapshot] = useState<SessionSnapshot | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const identity = useLiveQuery(async () => ({ partner: await store.currentPartner() }), [store]);
  const choices = useLiveQuery(() => store.captureChoices(), [store]);
  const statuses = useLiveQuery(() => anchors.statuses(), [anchors]);

  useEffect(() => {
    session.read().then(setSnapshot, logError);
    return session.watch(setSnapshot);
  }, [session]);

  const capture = snapshot?.capture;
  const urls = pageUrls(capture, snapshot);
  const urlKey = urls.join(' ');
  const pageClips = useLiveQuery(() => store.observationsAt(urls), [store, urlKey]);

  useEffect(() => watchActiveTab(() => setOutcome(undefined)), [watchActiveTab]);

  useEffect(() => {
    // A new capture replaces what the last one ended with.
    if (capture?.status === 'ready' || capture?.status === 'capturing') setOutcome(undefined);
  }, [capture?.captureId]);

  async function save(ready: Extract<CaptureSession, { status: 'ready' }>, input: ObservationInput) {
    const result = await store.saveObservation(input);
    await session.clearCapture();
    setOutcome({ kind: 'saved', pending: result.status === 'pending-setup', tabId: ready.tabId, issueTitle: input.newIssueTitle });
    if (result.status === 'saved') {
      void clipsSaved([ready.tabId]).catch(logError);
      void requestAnchor(ready.tabId).catch(logError);
    }
  }

  function cancel() {
    setOutcome({ kind: 'cancelled' });
    void session.clearCapture().catch(logError);
  }

  let body;
  if (snapshot === undefined || identity === undefined || choices === undefined) body = <p class="loading">{t('loading')}</p>;
  else if (capture?.status === 'capturing') {
    body = (
      <p class="card" data-testid="panel-capturing" aria-live="polite">
        {t('panelCapturing')}
      </p>
    );
  } else if (capture?.status === 'refused') {
    body = (
      <div class="card notice" role="alert" data-testid="panel-refused" data-reason={capture.reason}>
        <p>{t(CAPTURE_REFUSAL_MESSAGES[capture.reason])}</p>
        <button type="button" onClick={cancel} data-testid="panel-dismiss">
          {t('panelDismiss')}
        </button>
      </div>
    );
  } else if (capture?.status === 'ready') {
    const { partner } = identity;
    body = (
      <>
        {partner === undefined && (
          <div class="card notice" data-testid="panel-not-set-up">
            <p>{t('panelNotSetUp')}</p>
            <button type="button" onClick={openDashboard}>
              {t('popupSetUp')}
            </button>
          </div>
        )}
        <CaptureSheet
          key={capture.captureId}
          heading={t('sheetHeadingNew')}
          initial={sheetFromDraft(capture.draft, { capturedAt: capture.capturedAt, regionAreas: areasOfRegion(partner?.region ?? ''), language: uiLanguage() })}
          regionAreas={areasOfRegion(partner?.region ?? '')}
          issues={choices.issues}
          sharedIssueIds={choices.sharedIssueIds}
          regionThemes={choices.themes}
          canCreateIssue={partner !== undefined}
          onSave={(input) => save(capture, input)}
          onCancel={cancel}
        />
      </>
    );
  } else body = <Finished outcome={outcome} requestCapture={requestCapture} openDashboard={openDashboard} />;

  return (
    <main class="panel" data-testid="panel">
      <header class="panel-top">
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={openDashboard} data-testid="panel-open-dashboard">
          {t('popupOpenDashboard')}
        </button>
      </header>
      {body}
      <PageClips clips={pageClips ?? []} statuses={statuses ?? new Map()} />
    </main>
  );
}

function Finished({
  outcome,
  requestCapture,
  openDashboard,
}: {
  outcome: Outcome | undefined;
  requestCapture: (tabId: number) => Promise<void>;
  openDashboard: () => void;
}) {
  if (outcome === undefined) {
    return (
      <p class="card hint" data-testid="panel-idle">
        {t('panelIdle')}
      </p>
    );
  }
  if (outcome.kind === 'cancelled') {
    return (
      <p class="card" role="status" data-testid="panel-cancelled">
        {t('panelCancelled')}
      </p>
    );
  }
  return (
    <div class="card saved" role="status" data-testid="panel-saved">
      <p>{t(outcome.pending ? 'panelSavedPending' : 'panelSaved')}</p>
      {outcome.issueTitle !== undefined && <p data-testid="panel-saved-issue">{t('panelSavedIssue', outcome.issueTitle)}</p>}
      <div class="row">
        <button type="button" class="primary" onClick={() => void requestCapture(outcome.tabId).catch(logError)} data-testid="panel-clip-again">
          {t('panelClipAgain')}
        </button>
        {outcome.pending && (
          <button type="button" onClick={openDashboard}>
            {t('popupSetUp')}
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * The addresses of the page the panel is about: the draft's page while clipping, else the page
 * whose clips were last looked for. None while a capture is under way or was refused: the clips
 * of an earlier page would be taken for this one's.
 */
function pageUrls(capture: CaptureSession | undefined, snapshot: SessionSnapshot | undefined): string[] {
  if (capture?.status === 'ready') {
    const page = normalizeUrl(capture.draft.pageUrl);
    return [...new Set([capture.draft.source.canonicalUrl, ...(page === null ? [] : [page])])];
  }
  if (capture !== undefined) return [];
  return snapshot?.page?.urls ?? [];
}
