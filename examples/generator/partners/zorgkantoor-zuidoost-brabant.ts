import { at, ALL_GEMEENTEN, GM, THEME } from '../region.ts';
import type { PartnerScript } from '../script.ts';

export const zorgkantoor: PartnerScript = {
  profile: { slug: 'zorgkantoor-zuidoost-brabant', organisation: 'Zorgkantoor Zuidoost-Brabant', domain: 'verzekeraar', setupAt: at('09-02 08:45') },
  issues: [
    {
      ref: 'wijkverpleging',
      at: at('09-03 09:30'),
      body: {
        title: 'Tekort aan wijkverpleegkundigen',
        description: 'Aanbieders van wijkverpleging kunnen vacatures niet vullen en nemen minder nieuwe cliënten aan. Het verzuim is hoog.',
        themes: [THEME.zorgaanbod],
        areas: ALL_GEMEENTEN,
      },
    },
    {
      ref: 'vergrijzing',
      at: at('09-03 09:45'),
      body: {
        title: 'Groeiende vraag naar langdurige zorg door vergrijzing',
        description:
          'Het aantal 80-plussers en mensen met dementie groeit snel, vooral in de dorpen. De vraag naar verpleeghuiszorg en zorg thuis groeit harder dan het aanbod.',
        themes: [THEME.bevolking, THEME.zorgvraag],
        areas: ALL_GEMEENTEN,
      },
    },
  ],
  observations: [
    {
      at: at('09-03 10:00'),
      issueRefs: ['vergrijzing'],
      body: {
        kind: 'figure',
        quote: 'Het aantal 80-plussers in Helmond-De Peel groeit tussen 2025 en 2040 met 68 procent.',
        source: {
          url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85169NED/table',
          title: 'Regionale prognose 2025-2050; bevolking, leeftijd',
          siteName: 'CBS StatLine',
        },
        figure: { value: 68, unit: '%', period: '2025–2040', label: 'groei aantal 80-plussers' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.bevolking],
        interpretation: 'De sterkste groei zit in Asten, Someren en Gemert-Bakel. Daar is het zorgaanbod het dunst.',
      },
    },
    {
      at: at('09-03 15:20'),
      issueRefs: ['wijkverpleging'],
      body: {
        kind: 'figure',
        quote: 'Het ziekteverzuim in de verpleging, verzorging en thuiszorg in Zuidoost-Brabant lag in 2025 op 8,1 procent.',
        source: {
          url: 'https://azwstatline.cbs.nl/#/AZW/nl/dataset/24016NED/table',
          title: 'Ziekteverzuim; branche zorg en welzijn, regio',
          siteName: 'AZW StatLine',
        },
        figure: { value: 8.1, unit: '%', period: '2025', label: 'ziekteverzuim VVT Zuidoost-Brabant' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgaanbod],
        interpretation: 'Hoog verzuim maakt het tekort groter dan de vacaturecijfers laten zien.',
      },
    },
    {
      at: at('09-08 11:10'),
      issueRefs: ['wijkverpleging'],
      body: {
        kind: 'signal',
        quote: 'Twee thuiszorgaanbieders in De Peel hebben een cliëntenstop voor nieuwe cliënten met een lichte zorgvraag.',
        source: {
          url: 'https://www.ed.nl/deurne/thuiszorgaanbieders-in-de-peel-nemen-minder-clienten-aan',
          title: 'Thuiszorgaanbieders in De Peel nemen minder cliënten aan',
          siteName: 'Eindhovens Dagblad',
          publishedAt: '2026-09-05',
        },
        areas: [GM.deurne, GM.asten, GM.someren],
        themes: [THEME.zorgaanbod],
        interpretation: 'Cliënten met een lichte vraag komen dan bij de huisarts of het Wmo-loket. Daar moeten we samen een antwoord op hebben.',
      },
    },
    {
      at: at('09-09 09:40'),
      issueRefs: ['vergrijzing'],
      body: {
        kind: 'figure',
        quote: 'In Helmond-De Peel wachten 290 mensen op een plaats in een verpleeghuis; 120 van hen hebben een voorkeur voor één locatie.',
        source: {
          url: 'https://www.staatvenz.nl/kerncijfers/wachtlijsten-verpleeghuiszorg-per-zorgkantoorregio',
          title: 'Wachtlijsten verpleeghuiszorg per zorgkantoorregio',
          siteName: 'Staat van Volksgezondheid en Zorg',
        },
        figure: { value: 290, unit: 'personen', period: 'juli 2026', label: 'wachtenden op verpleeghuiszorg' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgvraag, THEME.zorgaanbod],
        interpretation: 'Wie wacht, krijgt thuis wijkverpleging en mantelzorg. Zo stapelt de druk zich op bij precies de partijen die al krap zitten.',
      },
    },
    {
      at: at('09-10 14:30'),
      issueRefs: ['vergrijzing'],
      body: {
        kind: 'figure',
        quote: 'Het aantal mensen met dementie in Helmond-De Peel stijgt naar verwachting van 4.300 nu naar ruim 6.500 in 2040.',
        source: {
          url: 'https://www.alzheimer-nederland.nl/regioinformatie/brabant/helmond-de-peel',
          title: 'Regio-informatie dementie: Helmond-De Peel',
          siteName: 'Alzheimer Nederland',
        },
        figure: { value: 6500, unit: 'personen', period: '2040', label: 'mensen met dementie (prognose)' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.bevolking, THEME.zorgvraag],
        interpretation: 'Casemanagement dementie heeft nu al een wachttijd. Zonder meer inzet van mantelzorgers en welzijn redden we dit niet.',
      },
    },
    {
      at: at('09-16 10:20'),
      issueRefs: ['wijkverpleging'],
      body: {
        kind: 'figure',
        quote: 'Een wijkverpleegkundige in De Peel heeft gemiddeld 58 cliënten in zorg, tien meer dan drie jaar geleden.',
        source: {
          url: 'https://www.vektis.nl/intelligence/open-data/wijkverpleging',
          title: 'Open data wijkverpleging',
          siteName: 'Vektis',
        },
        figure: { value: 58, unit: 'cliënten per wijkverpleegkundige', period: '2025', label: 'caseload wijkverpleging' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgaanbod],
        interpretation: 'Meer cliënten per verpleegkundige betekent minder tijd voor preventie en voor overleg met de huisarts.',
      },
    },
    {
      at: at('09-23 13:00'),
      issueRefs: ['wijkverpleging'],
      body: {
        kind: 'experience',
        quote: 'Aanbieders vertellen dat jonge wijkverpleegkundigen binnen twee jaar vertrekken, naar het ziekenhuis of om als zzp’er te werken.',
        source: {
          url: 'https://www.zorgkantoorzob.nl/nieuws/gesprekken-met-aanbieders-wijkverpleging-2026',
          title: 'Wat we hoorden in de gesprekken met aanbieders van wijkverpleging',
          siteName: 'Zorgkantoor Zuidoost-Brabant',
          publishedAt: '2026-09-15',
        },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgaanbod],
        interpretation: 'Behoud is net zo belangrijk als werven. Regionale afspraken over inwerken en roosters kunnen helpen.',
      },
    },
    {
      at: at('09-30 09:15'),
      issueRefs: [],
      body: {
        kind: 'figure',
        quote: 'De zorgkosten per verzekerde in Helmond liggen 6 procent boven het landelijk gemiddelde, na correctie voor leeftijd en geslacht.',
        source: {
          url: 'https://www.vektis.nl/intelligence/zorgprisma-publiek/zorgkosten-per-gemeente',
          title: 'Zorgkosten per gemeente',
          siteName: 'Vektis',
        },
        figure: { value: 6, unit: '%', period: '2024', label: 'zorgkosten boven landelijk gemiddelde, Helmond' },
        areas: [GM.helmond],
        themes: [THEME.zorgvraag],
        interpretation: 'Het verschil zit vooral in GGZ en medicijnen. Dat past bij de gezondheidsverschillen die de gemeente ziet.',
      },
    },
    {
      at: at('10-06 10:45'),
      issueRefs: ['vergrijzing'],
      body: {
        kind: 'figure',
        quote: 'Per 1.000 inwoners van 75 jaar en ouder kwamen er in 2025 34 op de spoedeisende hulp terecht na een val.',
        source: {
          url: 'https://www.vzinfo.nl/valongevallen/regionaal',
          title: 'Valongevallen bij ouderen per regio',
          siteName: 'Volksgezondheid en Zorg (RIVM)',
        },
        figure: { value: 34, unit: 'per 1.000 inwoners van 75+', period: '2025', label: 'SEH-bezoeken na een val' },
        areas: ALL_GEMEENTEN,
        themes: [THEME.gezondheid, THEME.zorgvraag],
        interpretation: 'Valpreventie loont: minder SEH-bezoeken en minder opnames. Een taak voor fysiotherapie, welzijn en wijkverpleging samen.',
      },
    },
    {
      at: at('10-13 14:40'),
      issueRefs: [],
      body: {
        kind: 'context',
        quote: 'Het regioplan IZA Zuidoost-Brabant kiest voor zorg dichter bij huis, samen beslissen en meer aandacht voor gezondheid in plaats van ziekte.',
        source: {
          url: 'https://www.zorgzuidoostbrabant.nl/regioplan-iza',
          title: 'Regioplan IZA Zuidoost-Brabant',
          siteName: 'Zorg Zuidoost-Brabant',
          publishedAt: '2026-03-30',
        },
        areas: ALL_GEMEENTEN,
        themes: [THEME.zorgaanbod],
        interpretation: 'Het regiobeeld van De Peel moet laten zien wat dat hier concreet vraagt, per gemeente.',
      },
    },
  ],
};
