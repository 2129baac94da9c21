import { formatCount } from '../i18n/format.ts';
import { describeImportProblem, locateImportProblem } from '../i18n/import-problem-text.ts';
import { t } from '../i18n/t.ts';
import type { ImportSummary } from '../services/import-summary.ts';

export interface ImportSummaryListProps {
  readonly summaries: readonly ImportSummary[];
  /** This installation's region, named in the refusal of a bundle of another region. */
  readonly localRegion: string;
  /** Imports a file again, trusting its partner's new signing key: the partner's explicit consent. */
  readonly onAcceptKey?: (fileName: string) => void;
}

/** Per imported file: what it added, or why it was refused, with where in the file. */
export function ImportSummaryList({ summaries, localRegion, onAcceptKey }: ImportSummaryListProps) {
  if (summaries.length === 0) return null;
  return (
    <ul class="import-summary" data-testid="import-summary" aria-live="polite">
      {summaries.map((summary, index) => (
        <li key={`${index}-${summary.fileName}`} class={summary.ok ? 'ok' : 'refused'} data-testid="import-summary-item" data-file={summary.fileName} data-ok={String(summary.ok)}>
          <strong class="file-name">{summary.fileName}</strong>{' '}
          {summary.ok ? (
            <span data-testid="import-counts">
              {t('importCounts', formatCount(summary.added), formatCount(summary.updated), formatCount(summary.unchanged))}
            </span>
          ) : (
            <>
              <span class="refused-label">{t('importRefused')}</span>
              <ul class="reasons">
                {summary.errors.map((problem, at) => (
                  <li key={at} data-testid="import-error" data-code={problem.code}>
                    {describeImportProblem(problem, localRegion)}
                    {(problem.path || problem.recordId) && <span class="where"> ({locateImportProblem(problem)})</span>}
                  </li>
                ))}
              </ul>
              {onAcceptKey !== undefined && summary.errors.some((problem) => problem.code === 'key-changed') && (
                <button type="button" class="secondary" onClick={() => onAcceptKey(summary.fileName)} data-testid="import-accept-key">
                  {t('importAcceptKey')}
                </button>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
