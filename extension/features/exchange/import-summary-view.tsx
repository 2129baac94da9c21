import { formatCount } from '../../i18n/format.ts';
import { describeImportProblem, locateImportProblem } from './import-problem-text.ts';
import { t } from '../../i18n/t.ts';
import type { ImportProblem, ImportSummary } from '../../services/import-summary.ts';
import type { ImportOptions } from '../../services/record-store/bundle-exchange.ts';

export interface ImportSummaryListProps {
  readonly summaries: readonly ImportSummary[];
  /** This installation's region, named in the refusal of a bundle of another region. */
  readonly localRegion: string;
  /** Imports a file again with the partner's explicit consent: to trust a new signing key, or to let in unsigned versions. */
  readonly onAccept?: (fileName: string, consent: ImportOptions) => void;
}

function Reasons({ errors, localRegion }: { readonly errors: readonly ImportProblem[]; readonly localRegion: string }) {
  return (
    <ul class="reasons">
      {errors.map((problem, at) => (
        <li key={at} data-testid="import-error" data-code={problem.code}>
          {describeImportProblem(problem, localRegion)}
          {(problem.path || problem.recordId) && <span class="where"> ({locateImportProblem(problem)})</span>}
        </li>
      ))}
    </ul>
  );
}

function Consent({
  summary,
  onAccept,
}: {
  readonly summary: ImportSummary;
  readonly onAccept: ((fileName: string, consent: ImportOptions) => void) | undefined;
}) {
  if (onAccept === undefined) return null;
  const held = (code: ImportProblem['code']) => summary.errors.some((problem) => problem.code === code);
  return (
    <>
      {held('key-changed') && (
        <button type="button" class="secondary" onClick={() => onAccept(summary.fileName, { acceptChangedKey: true })} data-testid="import-accept-key">
          {t('importAcceptKey')}
        </button>
      )}
      {held('unsigned') && (
        <button type="button" class="secondary" onClick={() => onAccept(summary.fileName, { acceptUnsigned: true })} data-testid="import-accept-unsigned">
          {t('importAcceptUnsigned')}
        </button>
      )}
    </>
  );
}

/** Per imported file: what it added, or why it was refused, with where in the file. */
export function ImportSummaryList({ summaries, localRegion, onAccept }: ImportSummaryListProps) {
  if (summaries.length === 0) return null;
  return (
    <ul class="import-summary" data-testid="import-summary" aria-live="polite">
      {summaries.map((summary, index) => (
        <li
          key={`${index}-${summary.fileName}`}
          class={summary.ok ? 'ok' : 'refused'}
          data-testid="import-summary-item"
          data-file={summary.fileName}
          data-ok={String(summary.ok)}
        >
          <strong class="file-name">{summary.fileName}</strong>{' '}
          {summary.ok ? (
            <>
              <span data-testid="import-counts">
                {t('importCounts', formatCount(summary.added), formatCount(summary.updated), formatCount(summary.unchanged))}
              </span>
              {summary.errors.length > 0 && (
                <>
                  {' '}
                  <span class="refused-label" data-testid="import-left-out">
                    {t('importPartial', formatCount(summary.errors.length))}
                  </span>
                  <Reasons errors={summary.errors} localRegion={localRegion} />
                  <Consent summary={summary} onAccept={onAccept} />
                </>
              )}
            </>
          ) : (
            <>
              <span class="refused-label">{t('importRefused')}</span>
              <Reasons errors={summary.errors} localRegion={localRegion} />
              <Consent summary={summary} onAccept={onAccept} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
