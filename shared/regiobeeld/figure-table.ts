import { compareText } from '../canonical/compare-text.ts';
import { currentGemeente } from '../catalog/mergers.ts';
import type { IndexedObservation } from './observation-index.ts';

export interface FigureEntry {
  readonly observationId: string;
  readonly partnerId: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
}

export interface FigureRow {
  /** The row's key: an area, `REGION_WIDE`, several areas joined by `+`, or `NO_AREA`. */
  readonly area: string;
  /** The areas the row's figures are about together; empty for `REGION_WIDE` and `NO_AREA`. */
  readonly areas: readonly string[];
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
/** A figure about every gemeente of the region at once: one value for the whole region. */
export const REGION_WIDE = '*';

/**
 * The row a figure about `areas` belongs in. A figure about several areas is one value for them
 * together (the region's share of 65-plussers is no gemeente's share), so it stands once, in a row
 * of its own, rather than in each of their rows as if each gemeente had that value.
 */
export function figureRowKey(areas: readonly string[], regionAreas: ReadonlySet<string>): string {
  // A gemeente merged into another counts as the one it became, as everywhere in the regiobeeld.
  const distinct = [...new Set(areas.map(currentGemeente))].sort(compareText);
  if (distinct.length === 0) return NO_AREA;
  if (distinct.length === 1) return distinct[0] ?? NO_AREA;
  if (regionAreas.size > 1 && [...regionAreas].every((area) => distinct.includes(area))) return REGION_WIDE;
  return distinct.join('+');
}

const rowOrder = (key: string): number => (key === REGION_WIDE ? 0 : key === NO_AREA ? 3 : key.includes('+') ? 2 : 1);

/**
 * The figures among the observations (kind `figure` with a parsed figure). Rows go from the whole
 * region to single areas, then groups of areas, then figures that name none; within each, areas
 * and periods sort as text: CBS codes and periods such as "2024" or "2024-Q3" sort that way.
 */
export function figureTable(observations: readonly IndexedObservation[], regionAreas: readonly string[] = []): FigureTable {
  const region = new Set(regionAreas);
  const entries: { area: string; period: string; entry: FigureEntry }[] = [];
  for (const { record, partner } of observations) {
    const { kind, figure, areas } = record.body;
    if (kind !== 'figure' || figure === undefined) continue;
    const entry = { observationId: record.id, partnerId: partner.id, label: figure.label, value: figure.value, unit: figure.unit };
    entries.push({ area: figureRowKey(areas, region), period: figure.period, entry });
  }
  const periods = [...new Set(entries.map((e) => e.period))].sort(compareText);
  const keys = [...new Set(entries.map((e) => e.area))].sort((a, b) => rowOrder(a) - rowOrder(b) || compareText(a, b));
  const column = new Map(periods.map((period, index) => [period, index]));
  const rows = new Map(keys.map((key) => [key, periods.map((): FigureEntry[] => [])]));
  for (const { area, period, entry } of entries) rows.get(area)?.[column.get(period) ?? 0]?.push(entry);
  for (const cells of rows.values()) for (const cell of cells) cell.sort((a, b) => compareText(a.observationId, b.observationId));
  return {
    periods,
    rows: keys.map((key) => ({ area: key, areas: key === REGION_WIDE || key === NO_AREA ? [] : key.split('+'), cells: rows.get(key) ?? [] })),
  };
}
