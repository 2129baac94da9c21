import { useState } from 'preact/hooks';
import { t } from '../i18n/t.ts';
import type { ExportedBundle } from '../services/record-store.ts';

export interface ExportButtonProps {
  readonly exportBundle: () => Promise<ExportedBundle>;
  readonly download: (fileName: string, text: string) => void;
}

export function ExportButton({ exportBundle, download }: ExportButtonProps) {
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    try {
      const { fileName, text } = await exportBundle();
      download(fileName, text);
      setStatus(t('exportDone', fileName));
    } catch (error) {
      console.error(error);
      setStatus(t('exportFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="export">
      <button type="button" class="primary" onClick={run} disabled={busy} data-testid="export-button">
        {t('exportButton')}
      </button>
      {status && (
        <p class="status" role="status" data-testid="export-status">
          {status}
        </p>
      )}
    </div>
  );
}
