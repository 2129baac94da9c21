import { at, ALL_GEMEENTEN, GM, THEME } from '../region.ts';
import type { ObservationDraft, PartnerScript } from '../script.ts';

const eenzaamheidSomeren: ObservationDraft['body'] = {
  kind: 'figure',
  quote: 'In Someren voelt 51 procent van de 75-plussers zich eenzaam, van wie 11 procent ernstig.',
  source: {
    url: 'https://www.ggdbzo.nl/cijfers/eenzaamheid',
    title: 'Eenzaamheid in Brabant-Zuidoost',
    siteName: 'GGD Brabant-Zuidoost',
    publishedAt: '2025-11-20',
  },
  figure: { value: 51, unit: '%', period: '2024', label: '75-plussers die zich eenzaam voelen, Someren' },
  areas: [GM.someren],
  themes: [THEME.omgeving, THEME.gezondheid],
  interpretation: 'Eenzaamheid is in de kleine kernen groter dan in Helmond. Ontmoeting in het eigen dorp werkt beter dan een activiteit verderop.',
};

export const welzijn: PartnerScript = {
  profile: { slug: 'welzijn-peelland', organisation: 'Welzijn Peelland', domain: 'sociaal-domein', setupAt: at('09-02 10:00') },
  issues: [
    {
      ref: 'eenzaamheid',
      at: at('09-03 13:30'),
      body: {
        title: 'Eenzaamheid onder ouderen in de dorpen',
        description: 'In de kleine kernen wonen steeds meer ouderen alleen, terwijl buurthuizen en verenigingen vrijwilligers verliezen.',
        themes: [THEME.omgeving],
        areas: [GM.asten, GM.someren, GM.deurne, GM.gemertBakel, GM.laarbeek],
      },
    },
    {
      ref: 'mantelzorg',
      at: at('09-04 10:00'),
      body: {
        title: 'Overbelaste mantelzorgers',
        description: 'Mantelzorgers vangen op wat thuiszorg en verpleeghuis niet meer kunnen bieden. Respijtzorg is schaars en weinig bekend.',
        themes: [THEME.omgeving, THEME.zorgvraag],
        areas: ALL_GEMEENTEN,
      },
    },
  ],
  observations: [
    {
      at: at('09-03 14:00'),
      issueRefs: ['eenzaamheid'],
      body: eenzaamheidSomeren,
    },
    {
      // The same page clipped a second time by mistake; the story deletes this copy again.
      at: at('09-04 09:05'),
      ref: 'dubbele-clip',
      issueRefs: ['eenzaamheid'],
      body: { ...eenzaamheidSomeren, interpretation: 'Zie ook de cijfers voor Asten.' },
    },
    {
      at: at('09-04 10:20'),
      issueRefs: ['mantelzorg'],
      body: {
        kind: 'figure',
        quote: 'In Asten geeft 17 procent van de volwassenen mantelzorg; 9 procent doet dat langer dan drie maanden en meer dan acht uur per week.',
        source: {
          url: 'https://www.waarstaatjegemeente.nl/dashboard/dashboard/mantelzorg',
          title: 'Mantelzorg — Asten',
          siteName: 'Waarstaatjegemeente.nl',
        },
        figure: { value: 17, unit: '%', period: '2024', label: 'volwassenen die mantelzorg geven, Asten' },
        areas: [GM.asten],
        themes: [THEME.omgeving],
        interpretation: 'Veel mantelzorgers zijn zelf boven de zeventig. Als zij uitvallen, is er vaak niemand anders.',
      },
    },
    {
      at: at('09-04 10:40'),
      issueRefs: ['eenzaamheid'],
      body: {
        kind: 'figure',
        quote: 'In Someren is 24 procent van de inwoners 65 jaar of ouder.',
        source: {
          url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/70072ned/table',
          title: 'Regionale kerncijfers Nederland',
          siteName: 'CBS StatLine',
        },
        figure: { value: 24, unit: '%', period: '2025', label: 'inwoners van 65 jaar of ouder, Someren' },
        areas: [GM.someren],
        themes: [THEME.bevolking],
        interpretation: 'Someren is ouder dan Helmond: bijna een op de vier inwoners is 65-plusser, en die groep woont vaker alleen.',
      },
    },
    {
      at: at('09-04 10:45'),
      issueRefs: [],
      body: {
        kind: 'figure',
        quote: 'In Asten is 23 procent van de inwoners 65 jaar of ouder.',
        source: {
          url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/70072ned/table',
          title: 'Regionale kerncijfers Nederland',
          siteName: 'CBS StatLine',
        },
        figure: { value: 23, unit: '%', period: '2025', label: 'inwoners van 65 jaar of ouder, Asten' },
        areas: [GM.asten],
        themes: [THEME.bevolking],
        interpretation: 'In Asten groeit de groep 65-plussers het snelst van de dorpen waar wij werken.',
      },
    },
    {
      at: at('09-07 11:30'),
      issueRefs: ['eenzaamheid'],
      body: {
        kind: 'experience',
        quote: 'Vrijwilligers van de boodschappendienst in Asten merken dat ouderen vooral uitkijken naar het praatje aan de deur.',
        source: {
          url: 'https://www.welzijnpeelland.nl/verhalen/boodschappendienst-asten',
          title: 'Verhalen uit de boodschappendienst',
          siteName: 'Welzijn Peelland',
          publishedAt: '2026-07-10',
        },
        areas: [GM.asten],
        themes: [THEME.omgeving],
        interpretation: 'Praktische hulp is vaak de ingang om eenzaamheid te zien. Die signalen moeten bij de huisarts en het wijkteam komen.',
      },
    },
    {
      at: at('09-09 15:00'),
      issueRefs: ['eenzaamheid'],
      body: {
        kind: 'signal',
        quote: 'Buurthuis in Lierop sluit na dertig jaar de deuren door een gebrek aan vrijwilligers.',
        source: {
          url: 'https://www.ed.nl/someren/buurthuis-lierop-sluit-door-gebrek-aan-vrijwilligers',
          title: 'Buurthuis Lierop sluit door gebrek aan vrijwilligers',
          siteName: 'Eindhovens Dagblad',
          publishedAt: '2026-09-08',
        },
        areas: [GM.someren],
        themes: [THEME.omgeving],
        interpretation: 'Met het buurthuis verdwijnt de plek waar ouderen elkaar zagen. Zoeken naar een alternatief in school of kerk.',
      },
    },
    {
      at: at('09-10 11:15'),
      issueRefs: [],
      body: {
        kind: 'figure',
        quote: 'Welzijn op Recept is sinds 2025 in alle zes Peelgemeenten beschikbaar; huisartsen verwezen in het eerste jaar 640 inwoners.',
        source: {
          url: 'https://www.welzijnpeelland.nl/welzijn-op-recept/jaarbericht-2025',
          title: 'Welzijn op Recept: het eerste jaar',
          siteName: 'Welzijn Peelland',
          publishedAt: '2026-02-16',
        },
        figure: { value: 640, unit: 'verwijzingen', period: '2025', label: 'verwijzingen Welzijn op Recept' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.omgeving, THEME.zorgaanbod],
        interpretation: 'Ruim de helft van de verwijzingen komt van vijf praktijken. Bij de andere praktijken is de regeling nog onbekend.',
      },
    },
    {
      at: at('09-14 13:40'),
      issueRefs: ['eenzaamheid'],
      body: {
        kind: 'figure',
        quote: 'Het aantal vrijwilligers bij de welzijnsorganisaties in De Peel daalde sinds 2019 met 12 procent.',
        source: {
          url: 'https://www.welzijnpeelland.nl/over-ons/jaarverslag-2025',
          title: 'Jaarverslag 2025',
          siteName: 'Welzijn Peelland',
          publishedAt: '2026-04-30',
        },
        figure: { value: -12, unit: '%', period: '2019–2025', label: 'verandering aantal vrijwilligers' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.omgeving],
        interpretation: 'De vrijwilligers die blijven zijn gemiddeld ouder. Jongere vrijwilligers willen kortere, afgebakende klussen.',
      },
    },
    {
      at: at('09-18 10:00'),
      issueRefs: ['ggz-jongeren'],
      body: {
        kind: 'experience',
        quote: 'Jongeren in Deurne vertellen in een rondetafelgesprek dat ze pas hulp zoeken als het al echt slecht gaat.',
        source: {
          url: 'https://www.welzijnpeelland.nl/verhalen/rondetafel-jongeren-deurne',
          title: 'Rondetafel: wat jongeren in Deurne nodig hebben',
          siteName: 'Welzijn Peelland',
          publishedAt: '2026-09-12',
        },
        areas: [GM.deurne],
        themes: [THEME.gezondheid],
        interpretation: 'Laagdrempelige steun via jongerenwerk en school kan de instroom in de GGZ verkleinen.',
      },
    },
    {
      at: at('09-26 14:20'),
      issueRefs: ['mantelzorg'],
      body: {
        kind: 'signal',
        quote: 'Mantelzorgers in Gemert-Bakel vinden moeilijk respijtzorg; de logeeropvang heeft een wachtlijst van twee maanden.',
        source: {
          url: 'https://www.ed.nl/gemert-bakel/mantelzorgers-wachten-op-logeeropvang',
          title: 'Mantelzorgers wachten op logeeropvang',
          siteName: 'Eindhovens Dagblad',
          publishedAt: '2026-09-25',
        },
        areas: [GM.gemertBakel],
        themes: [THEME.zorgaanbod, THEME.omgeving],
        interpretation: 'Zonder adempauze houden mantelzorgers het niet vol. Dan volgt een crisisopname.',
      },
    },
    {
      at: at('10-03 09:30'),
      issueRefs: ['eenzaamheid'],
      body: {
        kind: 'figure',
        quote: 'In Laarbeek woont een op de vier 65-plussers alleen.',
        source: {
          url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/71486ned/table',
          title: 'Huishoudens; samenstelling, leeftijd, regio',
          siteName: 'CBS StatLine',
        },
        figure: { value: 25, unit: '%', period: '2025', label: 'alleenwonende 65-plussers, Laarbeek' },
        areas: [GM.laarbeek],
        themes: [THEME.bevolking, THEME.omgeving],
        interpretation: 'Alleen wonen is niet hetzelfde als eenzaam zijn, maar het is wel de groep die we het eerst uit het oog verliezen.',
      },
    },
    {
      at: at('10-19 11:10'),
      issueRefs: ['mantelzorg'],
      body: {
        kind: 'experience',
        quote: 'Mantelzorgconsulenten horen dat mantelzorgers van mensen met dementie zich pas melden als ze zelf ziek worden.',
        source: {
          url: 'https://www.welzijnpeelland.nl/mantelzorg/ervaringen-consulenten',
          title: 'Ervaringen van onze mantelzorgconsulenten',
          siteName: 'Welzijn Peelland',
          publishedAt: '2026-10-15',
        },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgvraag, THEME.omgeving],
        interpretation: 'Casemanager dementie en mantelzorgconsulent moeten elkaar eerder vinden, al bij de diagnose.',
      },
    },
  ],
};
