import { useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { formatCount } from '../../i18n/format.ts';
import { plural } from '../../i18n/plural.ts';
import { t } from '../../i18n/t.ts';
import type { ImportSummary } from '../../services/import-summary.ts';
import type { ImportOptions } from '../../services/record-store/bundle-exchange.ts';
import type { RecordStore } from '../../services/record-store.ts';
import { importFiles } from './import-files.ts';
import { ImportSummaryList } from './import-summary-view.tsx';

export interface ImportPanelProps {
  readonly store: Pick<RecordStore, 'importBundleText'>;
  readonly localRegion: string;
}

/**
 * Test ids: import-input, import-progress (while busy), import-done (once all files are read);
 * the summary's are in import-summary.tsx.
 */
export function ImportPanel({ store, localRegion }: ImportPanelProps) {
  const [summaries, setSummaries] = useState<readonly ImportSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  // State is a render behind: two choices in one tick would both see busy as false.
  const running = useRef(false);
  // The files of the last choice, so one refused for a changed key can be imported again on consent.
  const [chosen, setChosen] = useState<readonly File[]>([]);

  async function choose(event: TargetedEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    // Cleared so choosing the same file again imports it again.
    input.value = '';
    if (files.length === 0 || running.current) return;
    running.current = true;
    setSummaries([]);
    setChosen(files);
    setProgress({ done: 0, total: files.length });
    setBusy(true);
    try {
      await importFiles(files, store, (summary) => {
        setSummaries((done) => [...done, summary]);
        setProgress((at) => ({ ...at, done: at.done + 1 }));
      });
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  async function acceptKey(fileName: string, consent: ImportOptions) {
    const file = chosen.find((candidate) => candidate.name === fileName);
    if (file === undefined || running.current) return;
    running.current = true;
    setProgress({ done: 0, total: 1 });
    setBusy(true);
    try {
      await importFiles(
        [file],
        store,
        (summary) => setSummaries((done) => done.map((earlier) => (earlier.fileName === fileName ? summary : earlier))),
        consent,
      );
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  const reading = Math.min(progress.total, progress.done + 1);
  const taken = summaries.filter((summary) => summary.ok).length;
  return (
    <div class="import" aria-busy={busy}>
      <label class={`button${busy ? ' busy' : ''}`}>
        {t('importButton')}
        <input class="file-input" type="file" accept=".json,application/json" multiple onChange={choose} disabled={busy} data-testid="import-input" />
      </label>
      <p class="status" role="status" data-testid={busy ? 'import-progress' : summaries.length > 0 ? 'import-done' : undefined}>
        {busy
          ? t('importProgress', formatCount(reading), formatCount(progress.total))
          : summaries.length > 0
            ? t('importDone', plural(summaries.length, 'countFileOne', 'countFileOther'), formatCount(taken), formatCount(summaries.length - taken))
            : ''}
      </p>
      <ImportSummaryList summaries={summaries} localRegion={localRegion} onAccept={(name, consent) => void acceptKey(name, consent)} />
    </div>
  );
}
