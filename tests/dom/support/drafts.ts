import type { CaptureDraft } from '../../../shared/capture/capture-draft.ts';

export const PAGE_URL = 'http://127.0.0.1:8080/ggd-gezondheidsmonitor.html?utm_source=nieuwsbrief';
export const QUOTE = 'In Helmond voelt 52 procent van de 75-plussers zich eenzaam, van wie 14 procent ernstig eenzaam.';

/** A selection clipped from the GGD test page, as capture.js hands it over. */
export function selectionDraft(overrides: Partial<CaptureDraft> = {}): CaptureDraft {
  return {
    pageUrl: PAGE_URL,
    source: {
      title: 'Gezondheidsmonitor Volwassenen en Ouderen 2024 — Helmond',
      canonicalUrl: 'https://www.ggdbzo.nl/gezondheidsmonitor',
      siteName: 'GGD Brabant-Zuidoost',
      lang: 'nl',
      description: 'Resultaten van de Gezondheidsmonitor voor de gemeente Helmond.',
    },
    quote: QUOTE,
    selector: { exact: QUOTE, prefix: 'Door afdeling Epidemiologie, 12 september 2024 ', suffix: ' Een op de zes volwassenen', start: 120 },
    fragmentUrl: 'https://www.ggdbzo.nl/gezondheidsmonitor#:~:text=In%20Helmond',
    scope: 'selection',
    textReadable: true,
    ...overrides,
  };
}

/** A number selected in a table cell, with the cell's headers. */
export function figureDraft(): CaptureDraft {
  return selectionDraft({
    quote: '24,6',
    selector: { exact: '24,6', prefix: 'Deurne 32.822 ', suffix: ' 6,3 Gemert-Bakel', start: 300 },
    figure: { value: 24.6, unit: '', labels: ['Bevolking naar leeftijd, 1 januari 2024', 'Deurne', '65 jaar of ouder (%)'] },
  });
}
