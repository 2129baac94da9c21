import { areaName, areasOfRegion } from '../catalog/areas.ts';
import type { Figure, ObservationBody } from '../schema/observation.ts';
import { currentGemeente } from '../catalog/mergers.ts';
import { figureRow } from './figure-table.ts';
import { listSome, type ListLanguage } from '../wording/list-some.ts';

const NUMBER_FORMATS: Readonly<Record<ListLanguage, Intl.NumberFormat>> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 12 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 12 }),
};

/** Money signs stand before the amount ("€ 1.250"); every other unit after it ("25,8 %"). */
const UNIT_FIRST = /^(?:€|EUR|euro)$/iu;

/** A figure's value with its unit, read the way a Dutch table prints it: "12.345 inwoners", "25,8 %". */
export function figureValueText(figure: Pick<Figure, 'value' | 'unit'>, language: ListLanguage): string {
  const value = NUMBER_FORMATS[language].format(figure.value);
  const unit = figure.unit.trim();
  if (unit === '') return value;
  return UNIT_FIRST.test(unit) ? `${unit} ${value}` : `${value} ${unit}`;
}

/** How many area names a figure's line names before it counts the rest. */
const AREAS_NAMED = 3;

/**
 * A figure with everything that gives it meaning, in one line: "25,8 % — 65 jaar of ouder, Deurne,
 * 2024". A number without its label, area and period is read as nothing, or as the wrong thing.
 */
export function figureText(figure: Figure, areaNames: readonly string[], language: ListLanguage): string {
  const context = [figure.label.trim(), listSome(areaNames, { max: AREAS_NAMED, language }), figure.period.trim()].filter((part) => part !== '');
  const value = figureValueText(figure, language);
  return context.length === 0 ? value : `${value} — ${context.join(', ')}`;
}

/** The region a regiobeeld is of, as its figures and lists name areas. */
export interface RegionAreas {
  /** The region's gemeenten: a figure about all of them is the region's. */
  readonly areas: readonly string[];
  /** As people write it; without one, "hele regio" / "whole region". */
  readonly name: string | null;
  /** The name of a stored area: a gemeente's, a wijk's where its name is known, free text as typed. */
  readonly areaName: (code: string) => string;
}

const WHOLE_REGION: Readonly<Record<ListLanguage, string>> = { nl: 'hele regio', en: 'whole region' };

/** The names of the areas a figure is about; the region's name when it is about all of them. */
export function figureAreaNames(areas: readonly string[], region: RegionAreas, language: ListLanguage): string[] {
  const row = figureRow(areas, new Set(region.areas));
  if (row.scope === 'region') return [region.name ?? WHOLE_REGION[language]];
  return [...new Set(row.areas.map(region.areaName))];
}

/**
 * An observation's figure as one line (see `figureText`); null for a clip without a figure. A
 * label that names the figure's one area already ("…, Deurne") does not name it twice.
 */
export function observationFigureText(body: Pick<ObservationBody, 'figure' | 'areas'>, region: RegionAreas, language: ListLanguage): string | null {
  const { figure, areas } = body;
  if (figure === undefined) return null;
  const [only, ...others] = new Set(areas.map(currentGemeente));
  const label = only !== undefined && others.length === 0 ? indicatorLabel(figure.label, only) : figure.label;
  return figureText({ ...figure, label }, figureAreaNames(areas, region, language), language);
}

/** What may stand between an indicator and the gemeente it names: "…, Laarbeek", "… (Deurne)", "… in Helmond". */
const BEFORE_NAME = [', ', ' - ', ' – ', ' — ', ' (', ': ', ' in ', ' van ', ' voor ', ' gemeente ', ' '];
const EDGE = new Set([' ', ',', ':', ';', '–', '—', '-']);

/**
 * The label without the name of the area it is about: partners often write "alleenwonende
 * 65-plussers, Laarbeek", and the same indicator for Asten must still be the same indicator. The
 * name counts only as written (capital included: "het best" is not Best) and only at the end of
 * the label or before a colon at its start ("Deurne: …"); never inside a word ("Helmond-Noord").
 * Plain string work, linear in the label: labels come from other organisations' bundles.
 */
export function indicatorLabel(label: string, area: string): string {
  const text = label.replace(/\s+/gu, ' ').trim();
  const name = areaName(currentGemeente(area));
  if (name === area || name === '') return text;
  let stripped = text;
  const closing = text.endsWith(`${name})`) ? `${name})` : name;
  if (text.endsWith(closing)) {
    const head = text.slice(0, text.length - closing.length);
    const joiner = BEFORE_NAME.find((candidate) => head.endsWith(candidate) && (closing === name || candidate === ' ('));
    if (joiner !== undefined) stripped = head.slice(0, head.length - joiner.length);
  } else if (text.startsWith(`${name}: `)) stripped = text.slice(name.length + 2);
  stripped = trimEdges(stripped);
  return stripped === '' ? text : stripped;
}

function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE.has(text.charAt(start))) start += 1;
  while (end > start && EDGE.has(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

/** The region's gemeenten, its name and how an area is named, for the figures and lists of one regiobeeld. */
export function regionAreasOf(region: string, regionName: string | null, wijken: ReadonlyMap<string, string>): RegionAreas {
  return { areas: areasOfRegion(region).map((area) => area.code), name: regionName, areaName: (code) => areaName(code, wijken) };
}
