import type { FigureEntry, FigureRow, FigureTable } from '../../../shared/regiobeeld/figure-table.ts';
import { formatCount } from '../../i18n/format.ts';
import { plural } from '../../i18n/plural.ts';
import { t, textLanguage } from '../../i18n/t.ts';
import { figureValueText } from '../../../shared/regiobeeld/figure-text.ts';
import { useWindow } from '../../ui/use-window.ts';

/** Areas shown at first and added per "show more". */
export const FIGURE_ROWS_STEP = 20;
/** Figures shown per cell; the rest are counted, so a crowded cell stays a cell. */
export const CELL_LIMIT = 3;

export interface FigureTableViewProps {
  readonly table: FigureTable;
  /** An area's name as the analysis gives it: a gemeente's, a wijk's where its name is loaded. */
  readonly areaName: (code: string) => string;
  /** The heading that names the table, for the scrolling region around it. */
  readonly labelledBy: string;
}

/**
 * The figures among the matching observations by area (rows) and period (columns). Periods can be
 * many, so the table scrolls sideways inside its own focusable region instead of the page.
 * Test ids: figures-empty, figure-table, figure-row (data-area), figure-entry
 * (data-observation-id), figure-cell-more, figures-more.
 */
export function FigureTableView({ table, areaName, labelledBy }: FigureTableViewProps) {
  const rows = useWindow(table.rows, FIGURE_ROWS_STEP);
  if (table.rows.length === 0) {
    return (
      <p class="empty" data-testid="figures-empty">
        {t('figuresEmpty')}
      </p>
    );
  }
  const language = textLanguage();
  return (
    <>
      {/* Focusable so a keyboard user can scroll a table wider than the page. */}
      <div class="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
        <table class="figure-table" data-testid="figure-table">
          <thead>
            <tr>
              <th scope="col">{t('figuresColArea')}</th>
              {table.periods.map((period) => (
                <th scope="col" key={period}>
                  {period}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.shown.map((row) => (
              <tr key={row.area} data-testid="figure-row" data-area={row.area}>
                <th scope="row">{rowName(row, areaName)}</th>
                {row.cells.map((cell, column) => (
                  <td key={table.periods[column]}>
                    <FigureCell entries={cell} language={language} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.rest > 0 && (
        <button type="button" onClick={rows.more} data-testid="figures-more">
          {plural(Math.min(FIGURE_ROWS_STEP, rows.rest), 'figuresMoreOne', 'figuresMoreOther', formatCount(rows.rest))}
        </button>
      )}
    </>
  );
}

function rowName(row: FigureRow, areaName: (code: string) => string): string {
  if (row.scope === 'none') return t('figuresNoArea');
  if (row.scope === 'region') return t('figuresRegionWide');
  return row.areas.map(areaName).join(' + ');
}

function FigureCell({ entries, language }: { entries: readonly FigureEntry[]; language: 'nl' | 'en' }) {
  if (entries.length === 0) return null;
  return (
    <ul class="figure-cell">
      {entries.slice(0, CELL_LIMIT).map((entry) => (
        <li key={entry.observationId} data-testid="figure-entry" data-observation-id={entry.observationId}>
          {entry.label}: <strong>{figureValueText(entry, language)}</strong>
        </li>
      ))}
      {entries.length > CELL_LIMIT && (
        <li class="hint" data-testid="figure-cell-more">
          {t('figureCellMore', formatCount(entries.length - CELL_LIMIT))}
        </li>
      )}
    </ul>
  );
}
