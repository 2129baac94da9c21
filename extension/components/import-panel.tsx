import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { t } from '../i18n/t.ts';
import type { ImportSummary } from '../services/import-summary.ts';
import type { RecordStore } from '../services/record-store.ts';
import { importFiles } from '../ui/import-files.ts';
import { ImportSummaryList } from './import-summary.tsx';

export interface ImportPanelProps {
  readonly store: Pick<RecordStore, 'importBundleText'>;
  readonly localRegion: string;
}

export function ImportPanel({ store, localRegion }: ImportPanelProps) {
  const [summaries, setSummaries] = useState<readonly ImportSummary[]>([]);
  const [busy, setBusy] = useState(false);
  // The files of the last choice, so one refused for a changed key can be imported again on consent.
  const [chosen, setChosen] = useState<readonly File[]>([]);

  async function choose(event: TargetedEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    // Cleared so choosing the same file again imports it again.
    input.value = '';
    if (files.length === 0) return;
    setSummaries([]);
    setChosen(files);
    setBusy(true);
    try {
      await importFiles(files, store, (summary) => setSummaries((done) => [...done, summary]));
    } finally {
      setBusy(false);
    }
  }

  async function acceptKey(fileName: string) {
    const file = chosen.find((candidate) => candidate.name === fileName);
    if (file === undefined || busy) return;
    setBusy(true);
    try {
      await importFiles([file], store, (summary) => setSummaries((done) => done.map((earlier) => (earlier.fileName === fileName ? summary : earlier))), { acceptChangedKey: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="import">
      <label class={`button${busy ? ' busy' : ''}`}>
        {t('importButton')}
        <input class="file-input" type="file" accept=".json,application/json" multiple onChange={choose} disabled={busy} data-testid="import-input" />
      </label>
      <ImportSummaryList summaries={summaries} localRegion={localRegion} onAcceptKey={(name) => void acceptKey(name)} />
    </div>
  );
}
