import { normalizeUrl } from '../capture/normalize-url.ts';
import { compareText } from '../canonical/compare-text.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../schema/record.ts';
import { foldText } from './fold-text.ts';
import type { ObservationFilter } from './observation-filter.ts';
import { type PartnerDirectory, type PartnerInfo, partnerDirectory } from './partners.ts';
import { currentGemeente } from '../catalog/mergers.ts';

export interface IndexedObservation {
  readonly record: LiveRecord<'observation'>;
  readonly partner: PartnerInfo;
  /** When it was clipped (`source.accessedAt`): the date a filter and the lists go by. */
  readonly clippedAt: string;
  /** The address by which partners' clips of the same source are recognised. */
  readonly sourceUrl: string;
  /** Quote, interpretation, source and figure label, folded for free-text search. */
  readonly searchText: string;
}

type Postings = ReadonlyMap<string, readonly number[]>;

/**
 * The live observations in a fixed order (clip date, then id) with, per theme, area, kind,
 * partner and domain, the ascending positions of the observations that carry it. Built once in
 * O(n log n); a query then touches only the observations of its most selective field.
 */
export interface ObservationIndex {
  readonly observations: readonly IndexedObservation[];
  /** Each observation by its record id: issues, agenda items and sources name their evidence by id. */
  readonly byId: ReadonlyMap<string, IndexedObservation>;
  readonly byTheme: Postings;
  readonly byArea: Postings;
  readonly byKind: Postings;
  readonly byPartner: Postings;
  readonly byDomain: Postings;
}

/**
 * `sourceUrls` maps each source address as written to its normalised form. Many clips share a
 * source, so each address is parsed and normalised once; a caller that builds the index again
 * after every change (the dashboard) passes one map to every build, so the addresses it already
 * saw are not parsed again (at 50,000 clips of different pages that is most of a build).
 */
export function buildObservationIndex(
  records: readonly RegionRecord[],
  partners: PartnerDirectory = partnerDirectory(records),
  sourceUrls = new Map<string, string>(),
): ObservationIndex {
  const observations: IndexedObservation[] = [];
  for (const record of records) {
    if (record.type !== 'observation' || !isLive(record)) continue;
    const { body } = record;
    const url = body.source.url;
    let sourceUrl = sourceUrls.get(url);
    if (sourceUrl === undefined) {
      sourceUrl = normalizeUrl(url) ?? url;
      sourceUrls.set(url, sourceUrl);
    }
    let folded: string | undefined;
    observations.push({
      record,
      partner: partners.of(record.origin),
      clippedAt: body.source.accessedAt,
      sourceUrl,
      // Folded on the first free-text query, not while the first view waits: folding 50,000
      // clips is most of building the index, and many sessions never search by text.
      get searchText() {
        folded ??= foldText([body.quote, body.interpretation, body.source.title, body.source.siteName ?? '', body.figure?.label ?? ''].join('\n'));
        return folded;
      },
    });
  }
  observations.sort((a, b) => compareText(a.clippedAt, b.clippedAt) || compareText(a.record.id, b.record.id));

  const maps = {
    byTheme: new Map<string, number[]>(),
    byArea: new Map<string, number[]>(),
    byKind: new Map<string, number[]>(),
    byPartner: new Map<string, number[]>(),
    byDomain: new Map<string, number[]>(),
  };
  const add = (map: Map<string, number[]>, key: string, position: number): void => {
    const list = map.get(key);
    // A theme named twice in one clip must not list the clip twice.
    if (list === undefined) map.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  observations.forEach(({ record, partner }, position) => {
    record.body.themes.forEach((theme) => add(maps.byTheme, theme, position));
    // A merged gemeente's old code counts as the gemeente it became.
    record.body.areas.forEach((area) => add(maps.byArea, currentGemeente(area), position));
    add(maps.byKind, record.body.kind, position);
    add(maps.byPartner, partner.id, position);
    add(maps.byDomain, partner.domain, position);
  });
  return { observations, byId: new Map(observations.map((observation) => [observation.record.id, observation])), ...maps };
}

/** The observations that pass the filter, in the index's order. */
export function queryObservations(index: ObservationIndex, filter: ObservationFilter): IndexedObservation[] {
  const { observations } = index;
  const fields: { postings: Postings; values: readonly string[]; has: (o: IndexedObservation, wanted: ReadonlySet<string>) => boolean }[] = [];
  const field = (postings: Postings, values: readonly string[] | undefined, has: (o: IndexedObservation, wanted: ReadonlySet<string>) => boolean): void => {
    if (values !== undefined && values.length > 0) fields.push({ postings, values, has });
  };
  field(index.byTheme, filter.themes, (o, wanted) => o.record.body.themes.some((t) => wanted.has(t)));
  field(index.byArea, filter.areas, (o, wanted) => o.record.body.areas.some((a) => wanted.has(currentGemeente(a))));
  field(index.byKind, filter.kinds, (o, wanted) => wanted.has(o.record.body.kind));
  field(index.byPartner, filter.partnerIds, (o, wanted) => wanted.has(o.partner.id));
  field(index.byDomain, filter.domains, (o, wanted) => wanted.has(o.partner.domain));

  const low = filter.from === undefined ? 0 : firstAtOrAfter(observations, filter.from);
  const high = filter.until === undefined ? observations.length : firstAtOrAfter(observations, filter.until);
  const needle = filter.text === undefined ? '' : foldText(filter.text.trim());

  let candidates: Iterable<number>;
  let checks = fields;
  if (fields.length === 0) candidates = range(low, high);
  else {
    const unions = fields.map((f) => ({ f, positions: union(f.values.map((value) => f.postings.get(value) ?? [])) }));
    const narrowest = unions.reduce((best, u) => (u.positions.length < best.positions.length ? u : best));
    candidates = narrowest.positions;
    checks = fields.filter((f) => f !== narrowest.f);
  }
  const wanted = checks.map((f) => ({ has: f.has, set: new Set(f.values) }));
  const out: IndexedObservation[] = [];
  for (const position of candidates) {
    if (position < low || position >= high) continue;
    const observation = observations[position];
    if (observation === undefined) continue;
    if (!wanted.every(({ has, set }) => has(observation, set))) continue;
    if (needle !== '' && !observation.searchText.includes(needle)) continue;
    out.push(observation);
  }
  return out;
}

/** The first position whose clip date is not before `date` (binary search over the sorted list). */
function firstAtOrAfter(observations: readonly IndexedObservation[], date: string): number {
  let low = 0;
  let high = observations.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareText(observations[middle]?.clippedAt ?? '', date) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i += 1) yield i;
}

function union(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 1) return lists[0] ?? [];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
