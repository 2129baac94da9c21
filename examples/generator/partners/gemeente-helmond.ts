import { at, GM, THEME } from '../region.ts';
import type { PartnerScript } from '../script.ts';

export const gemeenteHelmond: PartnerScript = {
  profile: { slug: 'gemeente-helmond', organisation: 'Gemeente Helmond', domain: 'sociaal-domein', setupAt: at('09-01 09:00') },
  issues: [
    {
      ref: 'gezondheidsverschillen',
      at: at('09-07 10:00'),
      body: {
        title: 'Gezondheidsverschillen tussen wijken',
        description:
          'Inwoners van Helmond-Noord en Helmond-Oost voelen zich minder gezond, roken vaker en hebben vaker overgewicht dan inwoners van Brandevoort of Dierdonk.',
        themes: [THEME.gezondheid, THEME.omgeving],
        areas: [GM.helmond],
      },
    },
    {
      ref: 'bestaanszekerheid',
      at: at('09-07 11:00'),
      body: {
        title: 'Geldzorgen en gezondheid',
        description: 'Schulden en een laag inkomen gaan samen met stress, somberheid en uitgestelde zorg. Hulp komt vaak pas laat.',
        themes: [THEME.omgeving, THEME.gezondheid],
        areas: [GM.helmond],
      },
    },
  ],
  observations: [
    {
      at: at('09-02 10:10'),
      issueRefs: [],
      body: {
        kind: 'figure',
        quote: 'In Helmond is 20 procent van de inwoners 65 jaar of ouder; in 2040 is dat naar verwachting 26 procent.',
        source: {
          url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table',
          title: 'Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio',
          siteName: 'CBS StatLine',
        },
        figure: { value: 20, unit: '%', period: '2025', label: 'inwoners van 65 jaar of ouder in Helmond' },
        areas: [GM.helmond],
        themes: [THEME.bevolking],
        interpretation: 'Helmond vergrijst minder snel dan de dorpen om ons heen, maar de groep alleenwonende ouderen groeit wel.',
      },
    },
    {
      at: at('09-07 10:30'),
      issueRefs: ['gezondheidsverschillen'],
      body: {
        kind: 'figure',
        quote: 'In Helmond-Noord ervaart 61 procent van de volwassenen een goede of zeer goede gezondheid; in Brandevoort is dat 82 procent.',
        source: {
          url: 'https://www.ggdbzo.nl/cijfers/gezondheid-per-wijk-helmond',
          title: 'Gezondheid per wijk: Helmond',
          siteName: 'GGD Brabant-Zuidoost',
          publishedAt: '2025-11-20',
        },
        figure: { value: 61, unit: '%', period: '2024', label: 'goed ervaren gezondheid, Helmond-Noord' },
        areas: [GM.helmond],
        themes: [THEME.gezondheid],
        interpretation: 'Een verschil van twintig procentpunten binnen één stad. Het beleid moet wijkgericht, niet stadsbreed.',
      },
    },
    {
      at: at('09-07 11:15'),
      issueRefs: ['gezondheidsverschillen', 'bestaanszekerheid'],
      body: {
        kind: 'figure',
        quote: 'In Helmond heeft 11 procent van de huishoudens een inkomen rond of onder het sociaal minimum.',
        source: {
          url: 'https://www.waarstaatjegemeente.nl/dashboard/dashboard/armoede-en-schulden',
          title: 'Armoede en schulden — Helmond',
          siteName: 'Waarstaatjegemeente.nl',
        },
        figure: { value: 11, unit: '%', period: '2024', label: 'huishoudens rond of onder het sociaal minimum' },
        areas: [GM.helmond],
        themes: [THEME.omgeving],
        interpretation: 'Hoger dan het Brabantse gemiddelde. Deze huishoudens wonen vooral in de wijken met de laagste ervaren gezondheid.',
      },
    },
    {
      at: at('09-09 11:40'),
      issueRefs: ['bestaanszekerheid'],
      body: {
        kind: 'signal',
        quote: 'Het aantal aanmeldingen voor schuldhulp bij de wijkteams steeg in het eerste halfjaar van 2026 met 18 procent.',
        source: {
          url: 'https://www.helmond.nl/nieuws/meer-helmonders-vragen-hulp-bij-schulden',
          title: 'Meer Helmonders vragen hulp bij schulden',
          siteName: 'Gemeente Helmond',
          publishedAt: '2026-08-14',
        },
        areas: [GM.helmond],
        themes: [THEME.omgeving],
        interpretation: 'Goed dat mensen de weg vinden, maar de wachttijd voor een eerste gesprek loopt op naar drie weken.',
      },
    },
    {
      at: at('09-11 14:00'),
      issueRefs: ['bestaanszekerheid'],
      body: {
        kind: 'experience',
        quote: 'Wijkteammedewerkers zien dat bewoners met geldzorgen pas hulp zoeken als er ook gezondheidsklachten zijn, zoals slapeloosheid of rugpijn.',
        source: {
          url: 'https://www.helmond.nl/wonen-en-leven/zorg-en-welzijn/wijkteams',
          title: 'Wijkteams Helmond',
          siteName: 'Gemeente Helmond',
        },
        areas: [GM.helmond],
        themes: [THEME.omgeving, THEME.gezondheid],
        interpretation: 'Huisarts en wijkteam zien dezelfde mensen, maar verwijzen nog weinig naar elkaar door.',
      },
    },
    {
      at: at('09-14 09:30'),
      issueRefs: [],
      body: {
        kind: 'figure',
        quote: 'Helmond telt 71 Wmo-cliënten per 1.000 inwoners, tegen 62 gemiddeld in Nederland.',
        source: {
          url: 'https://www.waarstaatjegemeente.nl/dashboard/dashboard/wmo',
          title: 'Wmo — Helmond',
          siteName: 'Waarstaatjegemeente.nl',
        },
        figure: { value: 71, unit: 'per 1.000 inwoners', period: '2025', label: 'Wmo-cliënten in Helmond' },
        areas: [GM.helmond],
        themes: [THEME.zorgvraag],
        interpretation: 'Vooral hulp bij het huishouden groeit. Veel van deze inwoners zijn ook bekend bij huisarts en wijkverpleging.',
      },
    },
    {
      at: at('09-21 10:45'),
      ref: 'wmo-loket-zonder-huisarts',
      issueRefs: ['huisartsentekort'],
      body: {
        kind: 'experience',
        quote: 'Bij het Wmo-loket melden zich statushouders en nieuwe inwoners die na maanden zoeken nog geen huisarts hebben.',
        source: {
          url: 'https://www.helmond.nl/wonen-en-leven/zorg-en-welzijn/wmo-loket',
          title: 'Wmo-loket',
          siteName: 'Gemeente Helmond',
        },
        areas: [GM.helmond],
        themes: [THEME.zorgaanbod, THEME.omgeving],
        interpretation: 'Het huisartsentekort treft de inwoners die al het minst weerbaar zijn. Dat hoort bij het knelpunt van de huisartsen.',
      },
    },
    {
      at: at('09-29 13:20'),
      issueRefs: ['gezondheidsverschillen'],
      body: {
        kind: 'context',
        quote: 'De gemeenteraad stelde in juni 2026 de nota Gezond Helmond 2026–2030 vast, met extra inzet in Helmond-Noord en Helmond-Oost.',
        source: {
          url: 'https://www.helmond.nl/bestuur/nota-gezond-helmond-2026-2030',
          title: 'Nota Gezond Helmond 2026–2030',
          siteName: 'Gemeente Helmond',
          publishedAt: '2026-06-25',
        },
        areas: [GM.helmond],
        themes: [THEME.gezondheid, THEME.omgeving],
        interpretation: 'Het kader ligt er. Voor de uitvoering hebben we huisartsen, GGZ en welzijn aan tafel nodig.',
      },
    },
    {
      at: at('10-02 15:10'),
      issueRefs: ['ggz-jongeren'],
      body: {
        kind: 'signal',
        quote: 'Jongerenwerkers in Helmond-Oost: steeds meer jongeren melden zich met stress, somberheid en slaapproblemen.',
        source: {
          url: 'https://www.ed.nl/helmond/jongerenwerkers-helmond-oost-zien-meer-jongeren-met-stress',
          title: 'Jongerenwerkers zien meer jongeren met stress',
          siteName: 'Eindhovens Dagblad',
          publishedAt: '2026-09-30',
        },
        areas: [GM.helmond],
        themes: [THEME.gezondheid],
        interpretation: 'Jongerenwerk vangt op wat op de wachtlijst van de GGZ staat. Daar zijn zij niet voor toegerust.',
      },
    },
    {
      at: at('10-08 09:50'),
      issueRefs: ['mantelzorg'],
      body: {
        kind: 'figure',
        quote: 'Een op de zeven mantelzorgers in Helmond voelt zich zwaar belast.',
        source: {
          url: 'https://www.ggdbzo.nl/cijfers/mantelzorg',
          title: 'Mantelzorg in Brabant-Zuidoost',
          siteName: 'GGD Brabant-Zuidoost',
          publishedAt: '2025-11-20',
        },
        figure: { value: 14, unit: '%', period: '2024', label: 'zwaar belaste mantelzorgers in Helmond' },
        areas: [GM.helmond],
        themes: [THEME.omgeving, THEME.zorgvraag],
        interpretation: 'Dezelfde orde van grootte als in de dorpen. Respijtzorg is in Helmond beter bereikbaar, maar weinig bekend.',
      },
    },
    {
      at: at('10-15 11:00'),
      issueRefs: ['gezondheidsverschillen'],
      body: {
        kind: 'figure',
        quote: 'In Helmond-Noord heeft 58 procent van de volwassenen overgewicht, in Dierdonk 43 procent.',
        source: {
          url: 'https://www.ggdbzo.nl/cijfers/gezondheid-per-wijk-helmond',
          title: 'Gezondheid per wijk: Helmond',
          siteName: 'GGD Brabant-Zuidoost',
          publishedAt: '2025-11-20',
        },
        figure: { value: 58, unit: '%', period: '2024', label: 'volwassenen met overgewicht, Helmond-Noord' },
        areas: [GM.helmond],
        themes: [THEME.gezondheid],
        interpretation: 'Leefstijlaanpak via sportverenigingen bereikt vooral de wijken die het al goed doen.',
      },
    },
  ],
};
