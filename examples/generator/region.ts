/** The demo region and the words the example partners use for areas and themes. */
export const REGION = 'helmond-de-peel';
export const REGION_NAME = 'Helmond-De Peel';

/** CBS gemeente codes of the six Peel gemeenten. */
export const GM = {
  helmond: 'GM0794',
  deurne: 'GM0762',
  gemertBakel: 'GM1652',
  laarbeek: 'GM1659',
  asten: 'GM0743',
  someren: 'GM0847',
} as const;
export const ALL_GEMEENTEN = Object.values(GM);

/** The five themes of RIVM's basic regiobeeld, by their keys in shared/catalog/themes.ts. */
export const THEME = {
  bevolking: 'bevolkingsontwikkeling',
  gezondheid: 'gezondheid-leefstijl',
  zorgvraag: 'zorggebruik',
  zorgaanbod: 'zorgaanbod-arbeidsmarkt',
  omgeving: 'leefomgeving',
} as const;

/** "09-03 10:15" → "2026-09-03T10:15:00.000Z": every example event happens in autumn 2026. */
export function at(monthDayTime: string): string {
  const [day, time] = monthDayTime.split(' ');
  return `2026-${day}T${time}:00.000Z`;
}
