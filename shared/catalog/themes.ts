/**
 * The themes a regiobeeld covers: the five of RIVM's basic regiobeeld, then the issues that recur
 * in the IZA regions. Keys are stored in observations and never change; labels are Dutch, as the
 * regional tables use them.
 */
export const THEMES = [
  { key: 'bevolkingsontwikkeling', group: 'basis', label: 'Bevolkingsontwikkeling' },
  { key: 'gezondheid-leefstijl', group: 'basis', label: 'Gezondheid en leefstijl' },
  { key: 'zorggebruik', group: 'basis', label: 'Zorggebruik en zorgvraag' },
  { key: 'zorgaanbod-arbeidsmarkt', group: 'basis', label: 'Zorgaanbod en arbeidsmarkt' },
  { key: 'leefomgeving', group: 'basis', label: 'Sociale en fysieke leefomgeving' },
  { key: 'personeelstekort', group: 'opgave', label: 'Personeelstekort' },
  { key: 'vergrijzing', group: 'opgave', label: 'Vergrijzing' },
  { key: 'mentale-gezondheid', group: 'opgave', label: 'Mentale gezondheid' },
  { key: 'druk-acute-zorg', group: 'opgave', label: 'Druk op de acute zorg' },
  { key: 'gezondheidsverschillen', group: 'opgave', label: 'Gezondheidsverschillen' },
] as const;

export type ThemeKey = (typeof THEMES)[number]['key'];
export type ThemeGroup = (typeof THEMES)[number]['group'];

export function isThemeKey(value: string): value is ThemeKey {
  return THEMES.some((theme) => theme.key === value);
}

/** The Dutch label of a stored theme; a partner's own addition stays as typed. */
export function themeLabel(value: string): string {
  return THEMES.find((theme) => theme.key === value)?.label ?? value;
}
