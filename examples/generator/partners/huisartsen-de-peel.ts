import { at, ALL_GEMEENTEN, GM, THEME } from '../region.ts';
import type { PartnerScript } from '../script.ts';

export const huisartsen: PartnerScript = {
  profile: { slug: 'huisartsen-de-peel', organisation: 'Huisartsencoöperatie De Peel', domain: 'zorg', setupAt: at('09-01 08:30') },
  issues: [
    {
      ref: 'huisartsentekort',
      at: at('09-03 10:00'),
      body: {
        title: 'Huisartsentekort in De Peel',
        description:
          'Steeds meer praktijken nemen geen nieuwe patiënten aan. Een derde van de huisartsen is 55 jaar of ouder en opvolgers zijn moeilijk te vinden, vooral buiten Helmond.',
        themes: [THEME.zorgaanbod],
        areas: ALL_GEMEENTEN,
      },
    },
    {
      ref: 'acute-zorg',
      at: at('09-04 11:30'),
      body: {
        title: 'Druk op de huisartsenpost en de acute zorg',
        description: 'De huisartsenpost krijgt meer telefoontjes en bezoeken, ook voor zorg die overdag bij de eigen huisarts had gekund.',
        themes: [THEME.zorgvraag, THEME.zorgaanbod],
        areas: ALL_GEMEENTEN,
      },
    },
  ],
  observations: [
    {
      at: at('09-03 10:40'),
      ref: 'praktijk-helmond-west-stopt',
      issueRefs: ['huisartsentekort'],
      body: {
        kind: 'signal',
        quote: 'Huisartsenpraktijk in Helmond-West stopt per 1 januari; ruim 2.300 patiënten moeten een nieuwe huisarts zoeken.',
        source: {
          url: 'https://www.ed.nl/helmond/huisartsenpraktijk-helmond-west-stopt-2300-patienten-zoeken-nieuwe-huisarts',
          title: 'Huisartsenpraktijk in Helmond-West stopt: 2300 patiënten zoeken nieuwe huisarts',
          siteName: 'Eindhovens Dagblad',
          publishedAt: '2026-08-28',
        },
        areas: [GM.helmond],
        themes: [THEME.zorgaanbod],
        interpretation:
          'De praktijken in de buurt zitten al vol. Zonder afspraak over de verdeling van deze patiënten komen zij met klachten bij de huisartsenpost of de spoedeisende hulp terecht.',
      },
    },
    {
      at: at('09-03 11:05'),
      ref: 'huisartsen-55-plus',
      issueRefs: ['huisartsentekort'],
      body: {
        kind: 'figure',
        quote: 'In de regio Helmond-De Peel is 34 procent van de praktijkhoudende huisartsen 55 jaar of ouder.',
        source: {
          url: 'https://www.nivel.nl/nl/nivel-zorgregistraties-eerste-lijn/cijfers-huisartsen-regio',
          title: 'Cijfers over huisartsen per regio',
          siteName: 'Nivel',
        },
        figure: { value: 34, unit: '%', period: '2025', label: 'praktijkhoudende huisartsen van 55 jaar of ouder' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgaanbod],
        interpretation: 'Binnen vijf tot tien jaar stopt een derde van de huisartsen. Opleiden en binden van jonge huisartsen moet nu beginnen.',
      },
    },
    {
      at: at('09-04 09:20'),
      ref: 'huisartsbelasting-gemert-bakel',
      issueRefs: ['huisartsentekort'],
      body: {
        kind: 'figure',
        quote: 'Gemert-Bakel telt 2.410 inwoners per fte huisarts, tegen 2.095 in een normpraktijk.',
        source: {
          url: 'https://www.waarstaatjegemeente.nl/dashboard/dashboard/zorg-en-ondersteuning',
          title: 'Zorg en ondersteuning — Gemert-Bakel',
          siteName: 'Waarstaatjegemeente.nl',
        },
        figure: { value: 2410, unit: 'inwoners per fte huisarts', period: '2025', label: 'huisartsbelasting Gemert-Bakel' },
        areas: [GM.gemertBakel],
        themes: [THEME.zorgaanbod],
        interpretation: 'Huisartsen in Gemert-Bakel werken structureel boven de norm. Dat verklaart de patiëntenstops die we daar zien.',
      },
    },
    {
      at: at('09-05 14:10'),
      issueRefs: ['acute-zorg'],
      body: {
        kind: 'figure',
        quote: 'Het aantal telefonische contacten met de huisartsenpost Helmond steeg in 2025 met 9 procent ten opzichte van 2023.',
        source: {
          url: 'https://www.huisartsendepeel.nl/over-ons/jaarverslag-2025',
          title: 'Jaarverslag 2025',
          siteName: 'Huisartsencoöperatie De Peel',
          publishedAt: '2026-05-12',
        },
        figure: { value: 9, unit: '%', period: '2023–2025', label: 'groei telefonische contacten huisartsenpost' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgvraag],
        interpretation: 'De groei zit vooral in de avond en het weekend, en bij ouderen die alleen wonen.',
      },
    },
    {
      at: at('09-08 16:45'),
      issueRefs: ['acute-zorg', 'huisartsentekort'],
      body: {
        kind: 'experience',
        quote: 'Patiënten uit Someren en Asten komen vaker naar de huisartsenpost in Helmond met klachten waarvoor ze overdag geen afspraak konden krijgen.',
        source: {
          url: 'https://www.huisartsendepeel.nl/nieuws/ervaringen-triagisten-huisartsenpost',
          title: 'Triagisten vertellen: een avond op de huisartsenpost',
          siteName: 'Huisartsencoöperatie De Peel',
          publishedAt: '2026-07-03',
        },
        areas: [GM.someren, GM.asten, GM.helmond],
        themes: [THEME.zorgvraag, THEME.zorgaanbod],
        interpretation: 'Het tekort overdag verschuift de zorg naar de avond. De huisartsenpost is daar niet op ingericht.',
      },
    },
    {
      at: at('09-10 10:30'),
      issueRefs: ['acute-zorg'],
      body: {
        kind: 'experience',
        quote: 'Een visite bij een kwetsbare oudere thuis kost gemiddeld drie kwartier, inclusief reistijd in de buitengebieden van Deurne en Gemert-Bakel.',
        source: {
          url: 'https://www.huisartsendepeel.nl/nieuws/ouderenzorg-in-de-praktijk',
          title: 'Ouderenzorg in de praktijk: meer visites, meer overleg',
          siteName: 'Huisartsencoöperatie De Peel',
          publishedAt: '2026-06-18',
        },
        areas: [GM.deurne, GM.gemertBakel],
        themes: [THEME.zorgvraag],
        interpretation: 'Vergrijzing in de dorpen vraagt om meer thuisbezoeken. Samenwerking met de wijkverpleging kan visites voorkomen.',
      },
    },
    {
      at: at('09-11 13:15'),
      issueRefs: [],
      body: {
        kind: 'figure',
        quote: 'In Helmond loopt 19 procent van de volwassenen een matig of hoog risico op een angststoornis of depressie.',
        source: {
          url: 'https://www.ggdbzo.nl/cijfers/gezondheidsmonitor-volwassenen-en-ouderen',
          title: 'Gezondheidsmonitor Volwassenen en Ouderen',
          siteName: 'GGD Brabant-Zuidoost',
          publishedAt: '2025-11-20',
        },
        figure: { value: 19, unit: '%', period: '2024', label: 'volwassenen met matig of hoog risico op angst of depressie' },
        areas: [GM.helmond],
        themes: [THEME.gezondheid],
        interpretation: 'Dat zien we terug op het spreekuur. De POH-GGZ is in de meeste praktijken volgeboekt.',
      },
    },
    {
      at: at('09-12 09:00'),
      issueRefs: ['huisartsentekort'],
      body: {
        kind: 'context',
        quote: 'Sinds januari 2026 werken de praktijken in Laarbeek samen in één avondteam met gedeelde triage.',
        source: {
          url: 'https://www.huisartsendepeel.nl/nieuws/praktijken-laarbeek-bundelen-krachten',
          title: 'Praktijken in Laarbeek bundelen krachten',
          siteName: 'Huisartsencoöperatie De Peel',
          publishedAt: '2026-01-15',
        },
        areas: [GM.laarbeek],
        themes: [THEME.zorgaanbod],
        interpretation: 'Een voorbeeld dat in Asten en Someren kan werken. De eerste ervaringen: minder overdracht naar de huisartsenpost.',
      },
    },
    {
      at: at('09-24 15:30'),
      issueRefs: [],
      body: {
        kind: 'signal',
        quote: 'Huisartsen zien meer jongeren met psychische klachten; de wachttijd bij de praktijkondersteuner GGZ is opgelopen tot vier weken.',
        source: {
          url: 'https://www.omroepbrabant.nl/nieuws/huisartsen-zien-meer-jongeren-met-psychische-klachten',
          title: 'Huisartsen zien meer jongeren met psychische klachten',
          siteName: 'Omroep Brabant',
          publishedAt: '2026-09-22',
        },
        areas: ALL_GEMEENTEN,
        themes: [THEME.gezondheid, THEME.zorgvraag],
        interpretation: 'Jongeren wachten bij ons en daarna nog eens bij de GGZ. Een gezamenlijke route met GGZ en jongerenwerk ontbreekt.',
      },
    },
    {
      at: at('10-07 11:45'),
      issueRefs: ['acute-zorg'],
      body: {
        kind: 'figure',
        quote: 'Van de bezoeken aan de spoedeisende hulp in Helmond kwam 38 procent zonder verwijzing van huisarts of ambulance.',
        source: {
          url: 'https://www.vzinfo.nl/acute-zorg/regionaal/spoedeisende-hulp',
          title: 'Spoedeisende hulp: bezoeken per regio',
          siteName: 'Volksgezondheid en Zorg (RIVM)',
        },
        figure: { value: 38, unit: '%', period: '2025', label: 'SEH-bezoeken zonder verwijzing' },
        areas: [GM.helmond],
        themes: [THEME.zorgvraag],
        interpretation: 'Een deel van deze mensen had geen eigen huisarts of kon er niet terecht. Meten we dat samen met het ziekenhuis?',
      },
    },
    {
      at: at('10-14 10:05'),
      issueRefs: ['huisartsentekort'],
      body: {
        kind: 'signal',
        quote: 'Per 1 oktober neemt ook de laatste praktijk in Deurne-centrum tijdelijk geen nieuwe patiënten meer aan.',
        source: {
          url: 'https://www.ed.nl/deurne/ook-laatste-huisarts-in-deurne-centrum-neemt-geen-nieuwe-patienten-aan',
          title: 'Ook laatste huisarts in Deurne-centrum neemt geen nieuwe patiënten aan',
          siteName: 'Eindhovens Dagblad',
          publishedAt: '2026-10-01',
        },
        areas: [GM.deurne],
        themes: [THEME.zorgaanbod],
        interpretation: 'Nieuwe inwoners van Deurne kunnen nu nergens in hun eigen gemeente terecht.',
      },
    },
  ],
};
