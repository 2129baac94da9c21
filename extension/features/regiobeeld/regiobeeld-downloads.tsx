import { useRef, useState } from 'preact/hooks';
import { CSV_FILE_NAMES, type CsvFileName, csvExport, type RegiobeeldAnalysis } from '../../../shared/regiobeeld/analyse.ts';
import { type MessageKey, t, textLanguage } from '../../i18n/t.ts';
import { CSV_TYPE, regiobeeldCsvName, regiobeeldFileStem } from '../../ui/download.ts';
import { afterPaint } from '../../ui/after-paint.ts';

const CSV_LABELS: Record<CsvFileName, MessageKey> = {
  'waarnemingen.csv': 'downloadCsv_observations',
  'knelpunten.csv': 'downloadCsv_issues',
  'vragenlijsten.csv': 'downloadCsv_surveys',
  'gespreksagenda.csv': 'downloadCsv_agenda',
  'herleidingsmatrix.csv': 'downloadCsv_traceMatrix',
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
 * tables for Dutch Excel — made in the page from the same pure functions. Making a file of a
 * large regiobeeld takes a while: meanwhile the page says which file is being made and no second
 * one can be started, as import and sync do. Test ids: download-report, download-csv (data-file),
 * download-progress (while busy), download-status.
 */
export function RegiobeeldDownloads({ analysis, download, now, document }: RegiobeeldDownloadsProps) {
  const [status, setStatus] = useState('');
  const [making, setMaking] = useState<string | undefined>(undefined);
  // State is a render behind: two clicks in one tick would both see `making` as unset.
  const running = useRef(false);
  const stem = regiobeeldFileStem(analysis.overview.region, now());

  async function make(fileName: string, build: () => string | Promise<string>, type: string) {
    if (running.current) return;
    running.current = true;
    setStatus('');
    setMaking(fileName);
    try {
      await afterPaint();
      download(fileName, await build(), type);
      setStatus(t('exportDone', fileName));
    } catch (error) {
      console.error(error);
      setStatus(t('downloadFailed', fileName));
    } finally {
      running.current = false;
      setMaking(undefined);
    }
  }

  function report() {
    const language = textLanguage();
    // The report carries Plot's charts: loaded on the first click, so the dashboard opens without it.
    void make(
      `${stem}.html`,
      async () => {
        const { renderReport } = await import('../../../shared/report/render-report.ts');
        return renderReport(analysis, { generatedAt: new Date(now()).toISOString(), language, document });
      },
      'text/html;charset=utf-8',
    );
  }

  function csv(name: CsvFileName) {
    void make(regiobeeldCsvName(analysis.overview.region, now(), name), () => csvExport(analysis, name), CSV_TYPE);
  }

  const busy = making !== undefined;
  return (
    <div class="downloads" aria-busy={busy}>
      <h3>{t('downloadsHeading')}</h3>
      <p class="hint">{t('downloadsIntro')}</p>
      <div class="row">
        <button type="button" class="primary" onClick={report} disabled={busy} data-testid="download-report">
          {t('downloadReport')}
        </button>
        {CSV_FILE_NAMES.map((name) => (
          <button type="button" key={name} onClick={() => csv(name)} disabled={busy} data-testid="download-csv" data-file={name}>
            {t(CSV_LABELS[name])}
          </button>
        ))}
      </div>
      <p class="status" role="status" data-testid={busy ? 'download-progress' : status === '' ? undefined : 'download-status'}>
        {busy ? t('downloadBusy', making) : status}
      </p>
    </div>
  );
}
