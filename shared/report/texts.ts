import { type ThemeKey, themeLabel } from '../catalog/themes.ts';
import type { AgendaKind } from '../regiobeeld/agenda.ts';
import type { DomainKey } from '../survey/answers.ts';

export const REPORT_LANGUAGES = ['nl', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export const isReportLanguage = (value: string): value is ReportLanguage => (REPORT_LANGUAGES as readonly string[]).includes(value);

const THEMES_EN: Readonly<Partial<Record<ThemeKey, string>>> = {
  bevolkingsontwikkeling: 'Population development',
  'gezondheid-leefstijl': 'Health and lifestyle',
  zorggebruik: 'Care use and demand',
  'zorgaanbod-arbeidsmarkt': 'Care supply and labour market',
  leefomgeving: 'Social and physical environment',
  personeelstekort: 'Staff shortages',
  vergrijzing: 'Ageing',
  'mentale-gezondheid': 'Mental health',
  'druk-acute-zorg': 'Pressure on acute care',
  gezondheidsverschillen: 'Health inequalities',
};

/** Both languages of one text, Dutch first; the same type, so a translation cannot drop a parameter. */
const both = <T>(nl: T, en: T): { readonly nl: T; readonly en: T } => ({ nl, en });

/**
 * Every word the HTML report shows, Dutch and English side by side, so a change to one language is
 * made next to the other. The report is Dutch by default: it is read at the regional table.
 */
const TEXTS = {
  documentTitle: both((region: string) => `Regiobeeld ${region}`, (region: string) => `Regional picture ${region}`),
  generatedAt: both((moment: string) => `Gemaakt op ${moment}`, (moment: string) => `Made on ${moment}`),
  intro: both(
    'Het gezamenlijke beeld van de partners in de regio: wie wat heeft ingebracht, de gespreksagenda, de knelpunten met hun onderbouwing, de uitkomsten van de vragenlijsten en de bronnen.',
    "The partners' shared picture of the region: who contributed what, the agenda for the joint session, the issues with their evidence, the survey results and the sources.",
  ),
  contents: both('Inhoud', 'Contents'),
  overview: both('Overzicht', 'Overview'),
  agenda: both('Gespreksagenda', 'Agenda for the joint session'),
  issues: both('Knelpunten', 'Issues'),
  surveys: both('Uitkomsten van de vragenlijsten', 'Survey results'),
  sources: both('Bronnen', 'Sources'),

  countObservations: both('Waarnemingen', 'Observations'),
  countIssues: both('Knelpunten', 'Issues'),
  countResponses: both('Ingevulde vragenlijsten', 'Completed surveys'),
  countPartners: both('Partners', 'Partners'),
  countDeleted: both('Verwijderd (niet meegeteld)', 'Deleted (not counted)'),
  partnersByDomain: both('Partners per domein', 'Partners by domain'),
  colDomain: both('Domein', 'Domain'),
  colPartner: both('Partner', 'Partner'),
  colLatestChange: both('Laatste wijziging', 'Latest change'),
  unknownPartner: both((id: string) => `onbekende partner ${id}`, (id: string) => `unknown partner ${id}`),
  domains: both<Readonly<Record<DomainKey, string>>>(
    {
      zorg: 'Zorg',
      'sociaal-domein': 'Sociaal domein',
      verzekeraar: 'Zorgverzekeraar of zorgkantoor',
      'publieke-gezondheid': 'Publieke gezondheid',
      inwoners: 'Inwoners',
      unknown: 'Onbekend domein',
    },
    {
      zorg: 'Care',
      'sociaal-domein': 'Social domain',
      verzekeraar: 'Health insurer or care office',
      'publieke-gezondheid': 'Public health',
      inwoners: 'Residents',
      unknown: 'Unknown domain',
    },
  ),

  agendaKinds: both<Readonly<Record<AgendaKind, string>>>(
    {
      'shared-priority': 'Gedeelde prioriteiten',
      'domains-differ': 'Hier verschillen de domeinen het meest',
      'urgent-little-evidence': 'Urgent, maar weinig onderbouwd',
      'evidence-low-priority': 'Veel onderbouwing, lage prioriteit',
    },
    {
      'shared-priority': 'Shared priorities',
      'domains-differ': 'Where the domains differ most',
      'urgent-little-evidence': 'Urgent, but little evidence',
      'evidence-low-priority': 'Much evidence, low priority',
    },
  ),
  agendaEmpty: both(
    'Nog geen agenda: die ontstaat zodra partners knelpunten hebben gerangschikt in de vragenlijst Knelpunten en prioriteiten.',
    'No agenda yet: it appears once partners have ranked issues in the survey Issues and priorities.',
  ),
  agendaFacts: both((place: string, evidence: string) => `plaats ${place} · ${evidence} waarnemingen`, (place: string, evidence: string) => `place ${place} · ${evidence} observations`),
  evidence: both('Onderbouwing', 'Evidence'),

  issuesEmpty: both('Nog geen knelpunten.', 'No issues yet.'),
  colIssue: both('Knelpunt', 'Issue'),
  colEvidence: both('Waarnemingen', 'Observations'),
  colRaisedBy: both('Ingebracht door', 'Raised by'),
  colPlace: both('Plaats', 'Place'),
  colMeanRank: both('Gem. rang', 'Mean rank'),
  colBorda: both('Borda', 'Borda'),
  colConsensus: both('Eensgezind', 'Consensus'),
  yes: both('ja', 'yes'),
  no: both('nee', 'no'),
  none: both('–', '–'),

  surveysEmpty: both('Nog geen ingevulde vragenlijsten.', 'No completed surveys yet.'),
  surveyRound: both((round: string) => `ronde ${round}`, (round: string) => `round ${round}`),
  respondents: both((count: string) => `${count} ingevulde vragenlijsten`, (count: string) => `${count} completed surveys`),
  allPartners: both('Alle partners', 'All partners'),
  ratingMeasure: both((min: string, max: string) => `gemiddelde op een schaal van ${min} tot ${max}`, (min: string, max: string) => `mean on a scale from ${min} to ${max}`),
  rankingMeasure: both('score: aandeel van de punten die te geven waren', 'score: share of the points that could be given'),
  choiceMeasure: both('aandeel dat het koos', 'share who chose it'),
  heatmap: both((question: string) => `Urgentie per domein en thema: ${question}`, (question: string) => `Urgency by domain and theme: ${question}`),
  chartKey: both(
    'Balk: gemiddelde of score; dikke lijn: de middelste helft van de antwoorden; dunne lijn: van laagste tot hoogste antwoord; wit streepje: de mediaan.',
    'Bar: mean or score; thick line: the middle half of the answers; thin line: lowest to highest answer; white tick: the median.',
  ),
  colItem: both('Onderdeel', 'Item'),
  colGroup: both('Wie', 'Who'),
  colValue: both('Waarde', 'Value'),
  colCount: both('Aantal antwoorden', 'Answers'),
  colMiddleHalf: both('Middelste helft', 'Middle half'),
  colRange: both('Laagste–hoogste', 'Lowest–highest'),
  colTheme: both('Thema', 'Theme'),
  themes: both(
    (key: string) => themeLabel(key),
    (key: string) => THEMES_EN[key as ThemeKey] ?? key,
  ),
  chartData: both('De cijfers bij de grafiek', 'The figures behind the chart'),

  sourcesEmpty: both('Nog geen waarnemingen.', 'No observations yet.'),
  clippedBy: both((partner: string, moment: string) => `${partner}, geknipt op ${moment}`, (partner: string, moment: string) => `${partner}, clipped on ${moment}`),
  quote: both('Citaat', 'Quote'),
  interpretation: both('Duiding', 'Interpretation'),
  sourcePartners: both((partners: string) => `Geknipt door ${partners}`, (partners: string) => `Clipped by ${partners}`),
  footer: both(
    'Gemaakt met Regiobeeld. Dit bestand werkt zonder internet; afdrukken als PDF kan vanuit de browser.',
    'Made with Regiobeeld. This file works offline; print it to PDF from the browser.',
  ),
};

type Texts = typeof TEXTS;
export type ReportTexts = { readonly [K in keyof Texts]: Texts[K]['nl'] };

export function reportTexts(language: ReportLanguage): ReportTexts {
  return Object.fromEntries(Object.entries(TEXTS).map(([key, value]) => [key, value[language]])) as ReportTexts;
}
