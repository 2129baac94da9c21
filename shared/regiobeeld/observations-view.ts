import { figureTable, type FigureTable } from './figure-table.ts';
import type { ObservationFilter } from './observation-filter.ts';
import { type IndexedObservation, type ObservationIndex, queryObservations } from './observation-index.ts';
import { groupBySource, type SourceGroup } from './source-groups.ts';

export interface ObservationsView {
  /** Live observations in the regiobeeld, before filtering. */
  readonly total: number;
  readonly matches: readonly IndexedObservation[];
  readonly sources: readonly SourceGroup[];
  readonly figures: FigureTable;
}

/** What the observations page shows for a filter: the matches, as sources and as a figure table. */
/** `regionAreas`: the region's gemeenten, so a figure about all of them stands once, as the region's. */
export function observationsView(index: ObservationIndex, filter: ObservationFilter, regionAreas: readonly string[] = []): ObservationsView {
  const matches = queryObservations(index, filter);
  return { total: index.observations.length, matches, sources: groupBySource(matches), figures: figureTable(matches, regionAreas) };
}
