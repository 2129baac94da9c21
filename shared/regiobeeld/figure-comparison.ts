import { compareText } from '../canonical/compare-text.ts';
import { isGemeenteCode } from '../catalog/areas.ts';
import { type FigureEntry, figureRow, type PlacedFigure, periodGrid, REGION_WIDE } from './figure-table.ts';
import { indicatorLabel } from './figure-text.ts';
import { foldText } from './fold-text.ts';
import type { IndexedObservation } from './observation-index.ts';

/** One row of an indicator's table: an area of the region, or the whole region (`REGION_WIDE`). */
export interface ComparisonRow {
  readonly area: string;
  /** Per period of the comparison, the figures clipped for it (several partners may clip the same). */
  readonly cells: readonly (readonly FigureEntry[])[];
}

/** One indicator (the same label and unit) set out by area and period, so a figure is read beside its neighbours'. */
export interface IndicatorComparison {
  /** The label and unit as most clips write them. */
  readonly label: string;
  readonly unit: string;
  readonly periods: readonly string[];
  readonly rows: readonly ComparisonRow[];
}

/** The same indicator however a partner typed it: case, accents and spacing do not make another one. */
const indicatorKey = (label: string, unit: string): string => `${foldText(label).replace(/\s+/g, ' ').trim()}\u0000${foldText(unit).replace(/\s+/g, '')}`;

const isRegionGemeente = (area: string, region: ReadonlySet<string>): boolean => (region.size === 0 ? isGemeenteCode(area) : region.has(area));

/**
 * Every indicator that partners clipped for at least two gemeenten of the region, each in a
 * period: a row per gemeente (the whole region first), a column per period. Only a figure about
 * one of the region's gemeenten (by CBS code; for a region the catalogue does not know, any
 * gemeente code) or about the whole region, with a period, can be placed beside another; wijken,
 * free-text areas (two partners may write them differently) and gemeenten outside the region stay out.
 */
export function figureComparisons(observations: readonly IndexedObservation[], regionAreas: readonly string[] = []): IndicatorComparison[] {
  const region = new Set(regionAreas);
  const groups = new Map<string, PlacedFigure[]>();
  for (const { record, partner } of observations) {
    const { kind, figure, areas } = record.body;
    if (kind !== 'figure' || figure === undefined || figure.period.trim() === '') continue;
    const { scope, area } = figureRow(areas, region);
    if (scope !== 'region' && !(scope === 'area' && isRegionGemeente(area, region))) continue;
    const label = scope === 'region' ? figure.label.replace(/\s+/gu, ' ').trim() : indicatorLabel(figure.label, area);
    const key = indicatorKey(label, figure.unit);
    const placed = {
      row: area,
      period: figure.period.trim(),
      entry: { observationId: record.id, partnerId: partner.id, label, value: figure.value, unit: figure.unit },
    };
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [placed]);
    else group.push(placed);
  }
  const comparisons: IndicatorComparison[] = [];
  for (const placed of groups.values()) {
    const areas = [...new Set(placed.map((p) => p.row))].sort((a, b) => Number(b === REGION_WIDE) - Number(a === REGION_WIDE) || compareText(a, b));
    if (areas.filter((area) => area !== REGION_WIDE).length < 2) continue;
    const { periods, cells } = periodGrid(placed, areas);
    comparisons.push({
      label: mostWritten(placed.map((p) => p.entry.label)),
      unit: mostWritten(placed.map((p) => p.entry.unit)),
      periods,
      rows: areas.map((area) => ({ area, cells: cells.get(area) ?? [] })),
    });
  }
  return comparisons.sort((a, b) => compareText(foldText(a.label), foldText(b.label)) || compareText(a.unit, b.unit));
}

/** The spelling most clips use; of equally many, the first as text, so every installation shows the same. */
function mostWritten(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || compareText(a, b))[0]?.[0] ?? '';
}
