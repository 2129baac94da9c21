import { compareText } from '../canonical/compare-text.ts';
import type { IndexedObservation } from './observation-index.ts';
import { currentGemeente } from '../catalog/mergers.ts';

export interface FigureEntry {
  readonly observationId: string;
  readonly partnerId: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
}

export interface FigureRow {
  readonly area: string;
  /** One per column of the table, in the order of `periods`; empty where nothing was clipped. */
  readonly cells: readonly (readonly FigureEntry[])[];
}

/** Figures by area (rows) and period (columns), the way regiobeeld tables are read. */
export interface FigureTable {
  readonly periods: readonly string[];
  readonly rows: readonly FigureRow[];
}

/** Where a figure names no area it is about, it gets this row rather than vanishing. */
export const NO_AREA = '';

/**
 * The figures among the observations (kind `figure` with a parsed figure). A figure about several
 * areas stands in each of their rows. Areas and periods are sorted as text: CBS codes and periods
 * such as "2024" or "2024-Q3" sort that way correctly.
 */
export function figureTable(observations: readonly IndexedObservation[]): FigureTable {
  const entries: { area: string; period: string; entry: FigureEntry }[] = [];
  for (const { record, partner } of observations) {
    const { kind, figure, areas } = record.body;
    if (kind !== 'figure' || figure === undefined) continue;
    const entry = { observationId: record.id, partnerId: partner.id, label: figure.label, value: figure.value, unit: figure.unit };
    for (const area of areas.length > 0 ? new Set(areas.map(currentGemeente)) : [NO_AREA]) entries.push({ area, period: figure.period, entry });
  }
  const periods = [...new Set(entries.map((e) => e.period))].sort(compareText);
  const areas = [...new Set(entries.map((e) => e.area))].sort(compareText);
  const column = new Map(periods.map((period, index) => [period, index]));
  const rows = new Map(areas.map((area) => [area, periods.map((): FigureEntry[] => [])]));
  for (const { area, period, entry } of entries) rows.get(area)?.[column.get(period) ?? 0]?.push(entry);
  for (const cells of rows.values()) for (const cell of cells) cell.sort((a, b) => compareText(a.observationId, b.observationId));
  return { periods, rows: areas.map((area) => ({ area, cells: rows.get(area) ?? [] })) };
}
