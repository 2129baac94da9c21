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

/** What a row of figures is about: one area, several together, the whole region, or no area named. */
export type FigureScope = 'area' | 'areas' | 'region' | 'none';

export interface FigureRow {
  /** The row's key: an area's code, the codes of several joined by `+`, `REGION_WIDE` or `NO_AREA`; for display and data attributes. */
  readonly area: string;
  readonly scope: FigureScope;
  /** The areas the row's figures are about together; empty for the whole region and for no area. */
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

/** Where a figure stands: its scope, its areas (merged gemeenten as the one they became) and a key no area text can forge. */
export interface PlacedRow {
  readonly key: string;
  readonly area: string;
  readonly scope: FigureScope;
  readonly areas: readonly string[];
}

/**
 * The row a figure about `areas` belongs in. A figure about several areas is one value for them
 * together (the region's share of 65-plussers is no gemeente's share), so it stands once, in a row
 * of its own, rather than in each of their rows as if each gemeente had that value. It is the
 * region's only when it names exactly the region's gemeenten.
 */
export function figureRow(areas: readonly string[], regionAreas: ReadonlySet<string>): PlacedRow {
  // A gemeente merged into another counts as the one it became, as everywhere in the regiobeeld.
  const distinct = [...new Set(areas.map(currentGemeente))].sort(compareText);
  const scope: FigureScope =
    distinct.length === 0
      ? 'none'
      : distinct.length === 1
        ? 'area'
        : regionAreas.size > 1 && distinct.length === regionAreas.size && distinct.every((area) => regionAreas.has(area))
          ? 'region'
          : 'areas';
  const shown = scope === 'region' || scope === 'none' ? [] : distinct;
  const area = scope === 'region' ? REGION_WIDE : scope === 'none' ? NO_AREA : distinct.join('+');
  return { key: JSON.stringify([scope, ...shown]), area, scope, areas: shown };
}

const ROW_ORDER: Readonly<Record<FigureScope, number>> = { region: 0, area: 1, areas: 2, none: 3 };

/** A figure placed in a table: the key of its row, its period (the column) and itself. */
export interface PlacedFigure {
  readonly row: string;
  readonly period: string;
  readonly entry: FigureEntry;
}

/**
 * Figures laid out by row and period, the way regiobeeld tables are read: the periods sorted as
 * text ("2024", "2024-Q3"), per row key one cell per period, each cell's figures by observation id.
 */
export function periodGrid(
  placed: readonly PlacedFigure[],
  rows: readonly string[],
): { readonly periods: string[]; readonly cells: ReadonlyMap<string, FigureEntry[][]> } {
  const periods = [...new Set(placed.map((p) => p.period))].sort(compareText);
  const column = new Map(periods.map((period, index) => [period, index]));
  const cells = new Map(rows.map((row) => [row, periods.map((): FigureEntry[] => [])]));
  for (const { row, period, entry } of placed) cells.get(row)?.[column.get(period) ?? 0]?.push(entry);
  for (const row of cells.values()) for (const cell of row) cell.sort((a, b) => compareText(a.observationId, b.observationId));
  return { periods, cells };
}

/**
 * The figures among the observations (kind `figure` with a parsed figure). Rows go from the whole
 * region to single areas, then groups of areas, then figures that name none; within each, areas
 * and periods sort as text: CBS codes and periods such as "2024" or "2024-Q3" sort that way.
 */
export function figureTable(observations: readonly IndexedObservation[], regionAreas: readonly string[] = []): FigureTable {
  const region = new Set(regionAreas);
  const rowsByKey = new Map<string, PlacedRow>();
  const placed: PlacedFigure[] = [];
  for (const { record, partner } of observations) {
    const { kind, figure, areas } = record.body;
    if (kind !== 'figure' || figure === undefined) continue;
    const row = figureRow(areas, region);
    rowsByKey.set(row.key, row);
    placed.push({
      row: row.key,
      period: figure.period,
      entry: { observationId: record.id, partnerId: partner.id, label: figure.label, value: figure.value, unit: figure.unit },
    });
  }
  const rows = [...rowsByKey.values()].sort((a, b) => ROW_ORDER[a.scope] - ROW_ORDER[b.scope] || compareText(a.area, b.area));
  const { periods, cells } = periodGrid(
    placed,
    rows.map((row) => row.key),
  );
  return { periods, rows: rows.map(({ key, area, scope, areas }) => ({ area, scope, areas, cells: cells.get(key) ?? [] })) };
}
