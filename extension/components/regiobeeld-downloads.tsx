import { useState } from 'preact/hooks';
import { CSV_FILE_NAMES, type CsvFileName, csvExport, type RegiobeeldAnalysis } from '../../shared/regiobeeld/analyse.ts';
import { type MessageKey, t, uiLanguage } from '../i18n/t.ts';

const CSV_LABELS: Record<CsvFileName, MessageKey> = {
  'observations.csv': 'downloadCsv_observations',
  'issues.csv': 'downloadCsv_issues',
  'survey-aggregates.csv': 'downloadCsv_surveys',
  'gespreksagenda.csv': 'downloadCsv_agenda',
};

export interface RegiobeeldDownloadsProps {
  readonly analysis: RegiobeeldAnalysis;
  readonly download: (fileName: string, text: string, type: string) => void;
  readonly now: () => number;
  /** The page's document, where Plot draws the report's charts before they are written out. */
  readonly document: Document;
}

/**
 * The regiobeeld as the CLI's `report` writes it — the self-contained HTML report and the CSV
 * tables for Dutch Excel — made in the page from the same pure functions. Test ids:
 * download-report, download-csv (data-file), download-status.
 */
export function RegiobeeldDownloads({ analysis, download, now, document }: RegiobeeldDownloadsProps) {
  const [status, setStatus] = useState('');
  const stem = `regiobeeld-${analysis.overview.region}-${new Date(now()).toISOString().slice(0, 10)}`;

  function save(fileName: string, text: string, type: string) {
    download(fileName, text, type);
    setStatus(t('exportDone', fileName));
  }

  async function report() {
    const language = uiLanguage().toLowerCase().startsWith('en') ? 'en' : 'nl';
    // The report carries Plot's charts: loaded on the first click, so the dashboard opens without it.
    const { renderReport } = await import('../../shared/report/render-report.ts');
    save(`${stem}.html`, renderReport(analysis, { generatedAt: new Date(now()).toISOString(), language, document }), 'text/html;charset=utf-8');
  }

  function csv(name: CsvFileName) {
    save(`${stem}-${name}`, csvExport(analysis, name), 'text/csv;charset=utf-8');
  }

  return (
    <div class="downloads">
      <h3>{t('downloadsHeading')}</h3>
      <p class="hint">{t('downloadsIntro')}</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => void report().catch((error: unknown) => { console.error(error); setStatus(t('downloadReportFailed')); })} data-testid="download-report">
          {t('downloadReport')}
        </button>
        {CSV_FILE_NAMES.map((name) => (
          <button type="button" key={name} onClick={() => csv(name)} data-testid="download-csv" data-file={name}>
            {t(CSV_LABELS[name])}
          </button>
        ))}
      </div>
      {status !== '' && (
        <p class="status" role="status" data-testid="download-status">
          {status}
        </p>
      )}
    </div>
  );
}
