import { at, ALL_GEMEENTEN, GM, THEME } from '../region.ts';
import type { PartnerScript } from '../script.ts';

export const ggz: PartnerScript = {
  profile: { slug: 'ggz-de-peel', organisation: 'GGZ De Peel', domain: 'zorg', setupAt: at('09-01 13:00') },
  issues: [
    {
      ref: 'ggz-jongeren',
      at: at('09-04 09:15'),
      body: {
        title: 'Lange wachttijden in de GGZ voor jongeren',
        description: 'Jongeren wachten maanden op behandeling. In die tijd verergeren klachten en lopen school en werk vast.',
        themes: [THEME.gezondheid, THEME.zorgaanbod],
        areas: ALL_GEMEENTEN,
      },
    },
    {
      ref: 'crisis',
      at: at('09-08 14:00'),
      body: {
        title: 'Meer crisisaanmeldingen buiten kantoortijd',
        description: 'De crisisdienst krijgt ’s avonds en ’s nachts meer aanmeldingen, vaak van mensen die al op een wachtlijst staan.',
        themes: [THEME.zorgvraag],
        areas: ALL_GEMEENTEN,
      },
    },
  ],
  observations: [
    {
      at: at('09-02 11:00'),
      issueRefs: [],
      body: {
        kind: 'figure',
        quote: 'De gemiddelde wachttijd tot de start van een behandeling in de specialistische GGZ in Zuidoost-Brabant is 17 weken.',
        source: {
          url: 'https://www.nza.nl/zorgsectoren/geestelijke-gezondheidszorg-ggz/wachttijden-in-de-ggz',
          title: 'Wachttijden in de ggz',
          siteName: 'Nederlandse Zorgautoriteit',
        },
        figure: { value: 17, unit: 'weken', period: '2026 Q2', label: 'wachttijd tot behandeling, specialistische GGZ' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgaanbod],
        interpretation: 'De Treeknorm is veertien weken. Voor jongeren en voor autismediagnostiek liggen de wachttijden nog hoger.',
      },
    },
    {
      at: at('09-04 09:40'),
      issueRefs: ['ggz-jongeren'],
      body: {
        kind: 'figure',
        quote: 'Van de jongeren van 12 tot 18 jaar in de Peelgemeenten heeft 24 procent een verhoogd risico op psychosociale problemen.',
        source: {
          url: 'https://www.ggdbzo.nl/cijfers/jongerenmonitor',
          title: 'Gezondheidsmonitor Jeugd',
          siteName: 'GGD Brabant-Zuidoost',
          publishedAt: '2025-06-10',
        },
        figure: { value: 24, unit: '%', period: '2025', label: 'jongeren met verhoogd risico op psychosociale problemen' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.gezondheid],
        interpretation: 'Een kwart van de jongeren: dat vraagt om preventie in school en wijk, niet alleen om meer behandelplekken.',
      },
    },
    {
      at: at('09-08 14:30'),
      issueRefs: ['crisis'],
      body: {
        kind: 'figure',
        quote: 'Het aantal crisisaanmeldingen tussen 22.00 en 07.00 uur steeg in 2025 met 14 procent.',
        source: {
          url: 'https://www.ggzdepeel.nl/over-ons/jaarcijfers-2025',
          title: 'Jaarcijfers 2025',
          siteName: 'GGZ De Peel',
          publishedAt: '2026-04-22',
        },
        figure: { value: 14, unit: '%', period: '2025', label: 'groei crisisaanmeldingen in de nacht' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgvraag],
        interpretation: 'Bij een derde van de aanmeldingen staat iemand al op onze wachtlijst. Wachten is niet neutraal.',
      },
    },
    {
      at: at('09-09 10:00'),
      issueRefs: ['ggz-jongeren'],
      body: {
        kind: 'signal',
        quote: 'GGZ-instelling sluit tijdelijk de aanmeldingen voor jongeren met een eetstoornis.',
        source: {
          url: 'https://www.omroepbrabant.nl/nieuws/ggz-sluit-tijdelijk-aanmeldingen-eetstoornissen-jongeren',
          title: 'GGZ sluit tijdelijk aanmeldingen voor jongeren met eetstoornis',
          siteName: 'Omroep Brabant',
          publishedAt: '2026-09-04',
        },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgaanbod],
        interpretation: 'Een tijdelijke stop om de wachtlijst niet verder te laten oplopen. Huisartsen moeten dit weten.',
      },
    },
    {
      at: at('09-11 15:30'),
      issueRefs: ['ggz-jongeren'],
      body: {
        kind: 'experience',
        quote: 'Behandelaars zien jongeren met lichte klachten in de specialistische GGZ, omdat er in de wijk geen laagdrempelig alternatief is.',
        source: {
          url: 'https://www.ggzdepeel.nl/nieuws/de-juiste-zorg-op-de-juiste-plek',
          title: 'De juiste zorg op de juiste plek',
          siteName: 'GGZ De Peel',
          publishedAt: '2026-05-30',
        },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgaanbod, THEME.zorgvraag],
        interpretation: 'Als welzijn en jongerenwerk lichte klachten opvangen, komt er plek vrij voor de jongeren die ons echt nodig hebben.',
      },
    },
    {
      at: at('09-22 09:10'),
      issueRefs: ['ggz-jongeren'],
      body: {
        kind: 'figure',
        quote: 'Van de aanmeldingen bij de jeugd-GGZ komt 46 procent via de huisarts en 31 procent via de gemeentelijke jeugdteams.',
        source: {
          url: 'https://www.ggzdepeel.nl/over-ons/jaarcijfers-2025',
          title: 'Jaarcijfers 2025',
          siteName: 'GGZ De Peel',
          publishedAt: '2026-04-22',
        },
        figure: { value: 46, unit: '%', period: '2025', label: 'aanmeldingen jeugd-GGZ via de huisarts' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgvraag],
        interpretation: 'Huisarts en jeugdteam zijn de poort. Samen triëren voorkomt dubbele intakes.',
      },
    },
    {
      at: at('09-25 13:45'),
      issueRefs: [],
      body: {
        kind: 'signal',
        quote: 'De wachttijd voor autismediagnostiek bij volwassenen is in Zuidoost-Brabant opgelopen tot ruim een jaar.',
        source: {
          url: 'https://www.ed.nl/regio/wachttijd-autismediagnostiek-volwassenen-ruim-een-jaar',
          title: 'Wachttijd voor autismediagnostiek bij volwassenen ruim een jaar',
          siteName: 'Eindhovens Dagblad',
          publishedAt: '2026-09-24',
        },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgaanbod],
        interpretation: 'Lange wachttijden voor diagnostiek houden ook ondersteuning door de gemeente en de werkgever tegen.',
      },
    },
    {
      at: at('10-01 10:30'),
      issueRefs: ['crisis'],
      body: {
        kind: 'experience',
        quote: 'Ouders in Gemert-Bakel bellen de crisisdienst omdat ze tijdens het wachten op behandeling geen ander aanspreekpunt hebben.',
        source: {
          url: 'https://www.ggzdepeel.nl/nieuws/wachten-op-behandeling-wat-kan-er-wel',
          title: 'Wachten op behandeling: wat kan er wel?',
          siteName: 'GGZ De Peel',
          publishedAt: '2026-09-28',
        },
        areas: [GM.gemertBakel],
        themes: [THEME.zorgvraag],
        interpretation: 'Een vast aanspreekpunt tijdens de wachttijd, samen met het jeugdteam, kan crisissen voorkomen.',
      },
    },
    {
      at: at('10-09 11:20'),
      issueRefs: [],
      body: {
        kind: 'figure',
        quote: 'Vacatures voor gz-psychologen staan in de regio gemiddeld zeven maanden open.',
        source: {
          url: 'https://azwstatline.cbs.nl/#/AZW/nl/dataset/24049NED/table',
          title: 'Vacatures en vacaturegraad; zorg en welzijn, regio',
          siteName: 'AZW StatLine',
        },
        figure: { value: 7, unit: 'maanden', period: '2025', label: 'gemiddelde openstaande duur vacature gz-psycholoog' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgaanbod],
        interpretation: 'Meer geld alleen maakt de wachtlijst niet korter. We moeten anders werken, met groepsbehandeling en e-health.',
      },
    },
    {
      at: at('10-16 14:15'),
      issueRefs: ['ggz-jongeren'],
      body: {
        kind: 'context',
        quote: 'In november 2026 opent in Deurne een inlooppunt voor mentale gezondheid, waar inwoners zonder verwijzing terecht kunnen.',
        source: {
          url: 'https://www.ggzdepeel.nl/nieuws/inlooppunt-mentale-gezondheid-deurne',
          title: 'Inlooppunt voor mentale gezondheid in Deurne',
          siteName: 'GGZ De Peel',
          publishedAt: '2026-10-12',
        },
        areas: [GM.deurne],
        themes: [THEME.zorgaanbod, THEME.omgeving],
        interpretation: 'Samen met welzijn en de gemeente. Als het werkt, volgen Asten en Someren.',
      },
    },
  ],
};
