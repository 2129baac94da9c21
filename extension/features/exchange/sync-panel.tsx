import { useEffect, useState } from 'preact/hooks';
import type { RecordFinding } from '../../../shared/privacy/scan-records.ts';
import { formatCount, formatMoment } from '../../i18n/format.ts';
import { storeFailureText } from '../../i18n/store-failure-text.ts';
import { t } from '../../i18n/t.ts';
import type { FolderSync } from './folder-sync.ts';
import type { ImportSummary } from '../../services/import-summary.ts';
import type { ImportOptions } from '../../services/record-store/bundle-exchange.ts';
import type { RecordStore } from '../../services/record-store.ts';
import type { SyncDirectory } from '../../services/sync-directory.ts';
import { ImportSummaryList } from './import-summary-view.tsx';
import { PrivacyReview } from './privacy-review.tsx';

export interface SyncPanelProps {
  readonly sync: FolderSync;
  readonly store: Pick<RecordStore, 'privacyFindings' | 'redactFinding' | 'confirmFinding'>;
  /** The browser's folder picker; undefined where there is none (Firefox). */
  readonly pickFolder: (() => Promise<SyncDirectory>) | undefined;
  readonly localRegion: string;
}

/**
 * Sync through the region's shared folder, after the same personal-data review as an export (of
 * what this partner writes). Test ids: sync-panel, sync-unsupported, sync-folder, sync-choose,
 * sync-run, sync-status, sync-last; the files read are listed as in an import.
 */
export function SyncPanel({ sync, store, pickFolder, localRegion }: SyncPanelProps) {
  const [folder, setFolder] = useState<SyncDirectory | undefined>(undefined);
  const [last, setLast] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const [findings, setFindings] = useState<readonly RecordFinding[]>([]);
  const [summaries, setSummaries] = useState<readonly ImportSummary[]>([]);

  useEffect(() => {
    void Promise.all([sync.folder(), sync.lastSync()]).then(
      ([kept, at]) => {
        // A folder chosen while this was being read is the newer choice.
        setFolder((chosen) => chosen ?? kept);
        setLast((synced) => synced ?? at);
      },
      (error: unknown) => console.error(error),
    );
  }, [sync]);

  if (pickFolder === undefined) {
    return (
      <p class="hint" data-testid="sync-unsupported">
        {t('syncUnsupported')}
      </p>
    );
  }
  const picker = pickFolder;

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setFailed(false);
    try {
      await work();
    } catch (error) {
      // A closed picker is the partner changing their mind, not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      console.error(error);
      setFailed(true);
      setStatus(storeFailureText(error, 'syncFailed'));
    } finally {
      setBusy(false);
    }
  }

  async function reviewThenSync(target: SyncDirectory) {
    const found = await store.privacyFindings('own');
    setFindings(found);
    if (found.length > 0) {
      setStatus('');
      return;
    }
    setStatus(t('syncBusy'));
    setSummaries([]);
    const result = await sync.sync(target, (summary) => setSummaries((done) => [...done, summary]));
    if (result.status === 'no-permission') {
      setFailed(true);
      setStatus(t('syncNoPermission'));
      return;
    }
    setLast(result.at);
    setStatus(t('syncDone', result.written, formatCount(result.read.length)));
  }

  const choose = () =>
    run(async () => {
      const chosen = await picker();
      await sync.choose(chosen);
      setFolder(chosen);
    });

  const start = () => {
    if (folder !== undefined) void run(() => reviewThenSync(folder));
  };

  const acceptKey = (fileName: string, consent: ImportOptions) => {
    if (folder === undefined) return;
    void run(async () => {
      const summary = await sync.acceptKey(folder, fileName, consent);
      if (summary !== undefined) setSummaries((done) => done.map((earlier) => (earlier.fileName === fileName ? summary : earlier)));
    });
  };

  return (
    <div class="sync" data-testid="sync-panel">
      <h3>{t('syncHeading')}</h3>
      <p class="hint">{t('syncIntro')}</p>
      <p data-testid="sync-folder">{folder === undefined ? t('syncNoFolder') : t('syncFolder', folder.name)}</p>
      <div class="row">
        <button type="button" onClick={() => void choose()} disabled={busy} data-testid="sync-choose">
          {t('syncChoose')}
        </button>
        <button type="button" class="primary" onClick={start} disabled={busy || folder === undefined || findings.length > 0} data-testid="sync-run">
          {t('syncRun')}
        </button>
      </div>
      {last !== undefined && (
        <p class="hint" data-testid="sync-last">
          {t('syncLast', formatMoment(last))}
        </p>
      )}
      {findings.length > 0 && folder !== undefined && (
        <PrivacyReview
          findings={findings}
          busy={busy}
          onRedact={(finding) =>
            void run(async () => {
              await store.redactFinding(finding);
              await reviewThenSync(folder);
            })
          }
          onConfirm={(finding) =>
            void run(async () => {
              await store.confirmFinding(finding);
              await reviewThenSync(folder);
            })
          }
          onCancel={() => setFindings([])}
        />
      )}
      {status !== '' && (
        <p class={failed ? 'field-error' : 'status'} role={failed ? 'alert' : 'status'} data-testid="sync-status">
          {status}
        </p>
      )}
      <ImportSummaryList summaries={summaries} localRegion={localRegion} onAccept={acceptKey} />
    </div>
  );
}
