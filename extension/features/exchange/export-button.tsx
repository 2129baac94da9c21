import { useState } from 'preact/hooks';
import type { RecordFinding } from '../../../shared/privacy/scan-records.ts';
import { storeFailureText } from '../../i18n/store-failure-text.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import type { RecordStore } from '../../services/record-store.ts';
import { PrivacyReview } from './privacy-review.tsx';

export interface ExportButtonProps {
  readonly store: Pick<RecordStore, 'exportBundle' | 'exportChanges' | 'privacyFindings' | 'redactFinding' | 'confirmFinding'>;
  readonly download: (fileName: string, text: string) => void;
}

/**
 * Export of everything or of what changed since the last export, after the personal-data scan of
 * what it carries: with findings, the partner first takes each out or
 * confirms it, and the export goes ahead once none is left.
 */
export function ExportButton({ store, download }: ExportButtonProps) {
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [findings, setFindings] = useState<readonly RecordFinding[]>([]);
  const [scope, setScope] = useState<'all' | 'changed'>('all');

  /** Exports once no finding is left; says so, after what was just done to the last finding. */
  async function exportOrReview(did: string) {
    const found = await store.privacyFindings(scope);
    setFindings(found);
    if (found.length > 0) {
      setStatus(did);
      return;
    }
    const exported = scope === 'all' ? await store.exportBundle() : await store.exportChanges();
    if (exported !== undefined) download(exported.fileName, exported.text);
    setStatus([did, exported === undefined ? t('exportNothingNew') : t('exportDone', exported.fileName)].filter((part) => part !== '').join(' '));
  }

  async function act(work: () => Promise<unknown>, did?: MessageKey) {
    setBusy(true);
    try {
      await work();
      await exportOrReview(did === undefined ? '' : t(did));
    } catch (error) {
      console.error(error);
      setStatus(storeFailureText(error, 'exportFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="export">
      <label class="export-scope">
        {t('exportScopeLabel')}
        <select
          value={scope}
          onChange={(event) => setScope(event.currentTarget.value === 'changed' ? 'changed' : 'all')}
          disabled={busy || findings.length > 0}
          data-testid="export-scope"
        >
          <option value="all">{t('exportScopeAll')}</option>
          <option value="changed">{t('exportScopeChanged')}</option>
        </select>
      </label>
      <button type="button" class="primary" onClick={() => void act(async () => undefined)} disabled={busy || findings.length > 0} data-testid="export-button">
        {t('exportButton')}
      </button>
      {findings.length > 0 && (
        <PrivacyReview
          findings={findings}
          busy={busy}
          onRedact={(finding) => void act(() => store.redactFinding(finding), 'privacyRedactedDone')}
          onConfirm={(finding) => void act(() => store.confirmFinding(finding), 'privacyConfirmedDone')}
          onCancel={() => setFindings([])}
        />
      )}
      {status && (
        <p class="status" role="status" data-testid="export-status">
          {status}
        </p>
      )}
    </div>
  );
}
