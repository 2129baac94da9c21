import { type ThemeKey, themeLabel } from '../catalog/themes.ts';
import type { AgendaKind } from '../regiobeeld/agenda.ts';
import type { PlanLevel } from '../plan/plan-index.ts';
import type { PLAN_STATUSES } from '../schema/plan-item.ts';
import type { DomainKey } from '../survey/answers.ts';
import { html, type HtmlValue } from './html.ts';
import { moreWords } from '../wording/list-some.ts';
import { counted, type NounForms } from '../wording/counted.ts';
import type { IssueStatus } from '../schema/issue-outcome.ts';
import type { IgnoredReason } from '../regiobeeld/dot-votes.ts';

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

/** The nouns the report counts, in the two forms each language counts with. */
const OBSERVATIONS = both<NounForms>({ one: 'waarneming', other: 'waarnemingen' }, { one: 'observation', other: 'observations' });
const ISSUES = both<NounForms>({ one: 'knelpunt', other: 'knelpunten' }, { one: 'issue', other: 'issues' });
const DOTS = both<NounForms>({ one: 'stip', other: 'stippen' }, { one: 'dot', other: 'dots' });
const PARTNERS = both<NounForms>({ one: 'partner', other: 'partners' }, { one: 'partner', other: 'partners' });
const VOTERS = both<NounForms>({ one: 'partner stemde', other: 'partners stemden' }, { one: 'partner voted', other: 'partners voted' });
const RESPONSES = both<NounForms>({ one: 'ingevulde vragenlijst', other: 'ingevulde vragenlijsten' }, { one: 'completed survey', other: 'completed surveys' });

/**
 * Every word the HTML report shows, Dutch and English side by side, so a change to one language is
 * made next to the other. The report is Dutch by default: it is read at the regional table.
 */
const TEXTS = {
  documentTitle: both(
    (region: HtmlValue) => html`Regiobeeld ${region}`,
    (region: HtmlValue) => html`Regional picture ${region}`,
  ),
  generatedAt: both(
    (moment: string) => `Gemaakt op ${moment}`,
    (moment: string) => `Made on ${moment}`,
  ),
  intro: both(
    'Het gezamenlijke beeld van de partners in de regio: wie wat heeft ingebracht, de gespreksagenda, de knelpunten met hun onderbouwing, het regioplan met waar het op rust, de uitkomsten van de vragenlijsten en de bronnen.',
    "The partners' shared picture of the region: who contributed what, the agenda for the joint session, the issues with their evidence, the regional plan with what it rests on, the survey results and the sources.",
  ),
  contents: both('Inhoud', 'Contents'),
  sectionContents: both(
    (section: string) => `Inhoud van ${section}`,
    (section: string) => `Contents of ${section}`,
  ),
  toContents: both('Naar de inhoud', 'Back to the contents'),
  moreEntries: both(
    (more: number) => moreWords(more, 'nl'),
    (more: number) => moreWords(more, 'en'),
  ),
  overview: both('Overzicht', 'Overview'),
  agenda: both('Gespreksagenda', 'Agenda for the joint session'),
  issues: both('Knelpunten', 'Issues'),
  plan: both('Regioplan en herleiding', 'Regional plan and traceability'),
  surveys: both('Uitkomsten van de vragenlijsten', 'Survey results'),
  sources: both('Bronnen', 'Sources'),
  releases: both('Versies', 'Versions'),

  countObservations: both('Waarnemingen', 'Observations'),
  countIssues: both('Knelpunten', 'Issues'),
  countResponses: both('Ingevulde vragenlijsten', 'Completed surveys'),
  countPartners: both('Partners', 'Partners'),
  coordinator: both('Coördinator van de regiotafel', 'Coordinator of the regional table'),
  countDeleted: both('Verwijderd (niet meegeteld)', 'Deleted (not counted)'),
  partnersByDomain: both('Partners per domein', 'Partners by domain'),
  colDomain: both('Domein', 'Domain'),
  colPartner: both('Partner', 'Partner'),
  colLatestChange: both('Laatste wijziging', 'Latest change'),
  lookAlikeNames: both('Partners met dezelfde of een gelijkende naam', 'Partners with the same or a look-alike name'),
  lookAlikeNamesNote: both(
    'Deze namen zijn voor een lezer niet uit elkaar te houden: het kan één partner met twee installaties zijn, of een partner die zich als een andere voordoet. Vraag de partners welke installatie van wie is.',
    'A reader cannot tell these names apart: it may be one partner with two installations, or one partner posing as another. Ask the partners which installation is whose.',
  ),
  lookAlikePartner: both(
    (name: HtmlValue, id: string) => html`${name} (installatie ${id})`,
    (name: HtmlValue, id: string) => html`${name} (installation ${id})`,
  ),
  unsignedRecords: both('Niet ondertekende gegevens', 'Records without a signature'),
  unsignedRecordsNote: both(
    'Deze gegevens dragen geen handtekening: niets toont dat de genoemde partner ze schreef. Ze zijn meegenomen op verzoek van de coördinator (gegevens van vóór de handtekeningen). Controleer ze met de partner voordat u erop bouwt.',
    "These records carry no signature: nothing shows the partner named wrote them. They were let in at the coordinator's request (records from before signatures). Check them with the partner before building on them.",
  ),
  unsignedCount: both(
    (partner: HtmlValue, count: string) => html`${partner}: ${count}`,
    (partner: HtmlValue, count: string) => html`${partner}: ${count}`,
  ),
  unsignedMark: both('niet ondertekend', 'not signed'),
  unknownPartner: both(
    (id: string) => `onbekende partner ${id}`,
    (id: string) => `unknown partner ${id}`,
  ),
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
      'not-in-plan': 'Hoge prioriteit, nog niet in het plan',
    },
    {
      'shared-priority': 'Shared priorities',
      'domains-differ': 'Where the domains differ most',
      'urgent-little-evidence': 'Urgent, but little evidence',
      'evidence-low-priority': 'Much evidence, low priority',
      'not-in-plan': 'High priority, not in the plan yet',
    },
  ),
  agendaEmpty: both(
    'Nog geen agenda: die ontstaat zodra partners knelpunten hebben gerangschikt in de vragenlijst Knelpunten en prioriteiten.',
    'No agenda yet: it appears once partners have ranked issues in the survey Issues and priorities.',
  ),
  agendaFacts: both(
    (place: string, evidence: number) => `plaats ${place} · ${counted(evidence, 'nl', OBSERVATIONS.nl)}`,
    (place: string, evidence: number) => `place ${place} · ${counted(evidence, 'en', OBSERVATIONS.en)}`,
  ),
  evidence: both('Onderbouwing', 'Evidence'),
  agendaToIssue: both('alles bij het knelpunt', 'all of it at the issue'),
  dotRound: both(
    (name: HtmlValue) => html`Stemmen met stippen: ${name}`,
    (name: HtmlValue) => html`Dot voting: ${name}`,
  ),
  dotRoundFacts: both(
    (voters: number, budget: number, dots: number) =>
      `${counted(voters, 'nl', VOTERS.nl)}, ${counted(budget, 'nl', DOTS.nl)} per partner · ${counted(dots, 'nl', DOTS.nl)} verdeeld`,
    (voters: number, budget: number, dots: number) =>
      `${counted(voters, 'en', VOTERS.en)}, ${counted(budget, 'en', DOTS.en)} each · ${counted(dots, 'en', DOTS.en)} spread`,
  ),
  dotRoundOpened: both(
    (who: HtmlValue, when: string) => html`geopend door ${who} op ${when}`,
    (who: HtmlValue, when: string) => html`opened by ${who} on ${when}`,
  ),
  dotRoundNoDots: both('Nog geen stippen verdeeld.', 'No dots spread yet.'),
  dotsByDomain: both('Stippen per domein', 'Dots per domain'),
  colDots: both('Stippen', 'Dots'),
  colVoters: both('Partners', 'Partners'),
  colDotsByDomain: both('Per domein', 'Per domain'),
  dotsIgnored: both('Niet meegeteld', 'Not counted'),
  dotsIgnoredReasons: both<Readonly<Record<IgnoredReason, string>>>(
    {
      'not-the-voter': 'geschreven door een andere partner dan de stemmer, die geen coördinator is',
      coordinator: 'de coördinator stemt niet zelf',
      'not-a-partner': 'gegeven voor een installatie zonder partnergegevens, die niet als partner telt',
      'over-budget': 'meer stippen dan de ronde toestaat',
    },
    {
      'not-the-voter': 'written by another partner than the voter, who is no coordinator',
      coordinator: 'the coordinator does not vote itself',
      'not-a-partner': 'given for an installation without partner details, which does not count as a partner',
      'over-budget': 'more dots than the round allows',
    },
  ),
  dotsIgnoredVote: both(
    (voter: HtmlValue, writer: HtmlValue, dots: number, reason: string) =>
      html`stem voor ${voter} (${counted(dots, 'nl', DOTS.nl)}), geschreven door ${writer}: ${reason}`,
    (voter: HtmlValue, writer: HtmlValue, dots: number, reason: string) =>
      html`vote for ${voter} (${counted(dots, 'en', DOTS.en)}), written by ${writer}: ${reason}`,
  ),
  unknownIssue: both('onbekend knelpunt', 'unknown issue'),

  issuesEmpty: both('Nog geen knelpunten.', 'No issues yet.'),
  mergedIssues: both('Samengevoegd', 'Merged'),
  sharedList: both(
    (count: number, who: HtmlValue, when: string) =>
      html`De gedeelde knelpuntenlijst van de regiotafel telt ${counted(count, 'nl', ISSUES.nl)} (gepubliceerd door ${who} op ${when}).`,
    (count: number, who: HtmlValue, when: string) =>
      html`The regional table's shared issue list holds ${counted(count, 'en', ISSUES.en)} (published by ${who} on ${when}).`,
  ),
  notShared: both('nog niet op de gedeelde lijst', 'not on the shared list yet'),
  recognisedBy: both('Herkend door', 'Recognised by'),
  outcome: both('Uitkomst van de regiotafel', 'Outcome of the regional table'),
  statuses: both<Readonly<Record<IssueStatus, string>>>(
    { herkend: 'herkend', gedeeld: 'gedeeld', prioriteit: 'prioriteit', 'niet-opgepakt': 'niet opgepakt' },
    { herkend: 'recognised', gedeeld: 'shared', prioriteit: 'priority', 'niet-opgepakt': 'not taken up' },
  ),
  agreedBy: both('Eens', 'Agreed'),
  recordedBy: both(
    (who: HtmlValue, when: string) => html`vastgelegd door ${who} op ${when}`,
    (who: HtmlValue, when: string) => html`recorded by ${who} on ${when}`,
  ),
  dissent: both('Afwijkend', 'Dissent'),
  agreements: both('Afspraken', 'Agreements'),
  due: both('uiterlijk', 'by'),
  done: both('gedaan', 'done'),
  overdue: both('te laat', 'overdue'),
  notRecognisedBy: both('Niet herkend door', 'Not recognised by'),
  replyLine: both(
    (who: HtmlValue, to: HtmlValue, text: HtmlValue) => html`${who} reageert op ${to}: “${text}”`,
    (who: HtmlValue, to: HtmlValue, text: HtmlValue) => html`${who} replies to ${to}: “${text}”`,
  ),
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

  planEmpty: both(
    'Nog geen regioplan: ambities, doelen, acties en initiatieven verschijnen hier zodra partners ze vastleggen.',
    'No regional plan yet: ambitions, goals, actions and initiatives appear here once partners record them.',
  ),
  planTree: both('Ambities, doelen en acties', 'Ambitions, goals and actions'),
  planInitiatives: both('Initiatieven', 'Initiatives'),
  planUnplaced: both('Nog niet ingedeeld', 'Not placed yet'),
  planUnplacedNote: both('Doelen zonder ambitie en acties zonder doel.', 'Goals without an ambition and actions without a goal.'),
  planLevels: both<Readonly<Record<PlanLevel, string>>>(
    { ambition: 'Ambitie', goal: 'Doel', action: 'Actie', initiative: 'Initiatief' },
    { ambition: 'Ambition', goal: 'Goal', action: 'Action', initiative: 'Initiative' },
  ),
  planStatuses: both<Readonly<Record<(typeof PLAN_STATUSES)[number], string>>>(
    { idee: 'idee', gepland: 'gepland', lopend: 'lopend', afgerond: 'afgerond', gestopt: 'gestopt' },
    { idee: 'idea', gepland: 'planned', lopend: 'running', afgerond: 'finished', gestopt: 'stopped' },
  ),
  planOwners: both(
    (owners: HtmlValue) => html`Eigenaar: ${owners}`,
    (owners: HtmlValue) => html`Owner: ${owners}`,
  ),
  planNoOwner: both('geen eigenaar', 'no owner'),
  planPeriod: both(
    (period: HtmlValue) => html`Periode: ${period}`,
    (period: HtmlValue) => html`Period: ${period}`,
  ),
  planIndicator: both(
    (measure: HtmlValue) => html`Indicator: ${measure}`,
    (measure: HtmlValue) => html`Indicator: ${measure}`,
  ),
  planBaseline: both('nulmeting', 'baseline'),
  planServes: both('Dient', 'Serves'),
  planRestsOn: both('Rust op', 'Rests on'),
  planNoEvidence: both('Geen onderbouwing, ook niet via wat het dient.', 'No evidence, not even through what it serves.'),
  planInherits: both('Geen eigen onderbouwing; rust op wat het dient.', 'No evidence of its own; rests on what it serves.'),
  planAmbitionNoEvidence: both('Geen onderbouwing, ook niet via de doelen eronder.', 'No evidence, not even through the goals under it.'),
  planAmbitionInherits: both('Geen eigen onderbouwing; rust op de doelen eronder.', 'No evidence of its own; rests on the goals under it.'),
  planLinkBy: both(
    (partner: HtmlValue) => html`gelegd door ${partner}`,
    (partner: HtmlValue) => html`linked by ${partner}`,
  ),
  planTargetKinds: both(
    { issue: 'Knelpunt', observation: 'Waarneming', surveyFinding: 'Uitkomst vragenlijst', planItem: 'Plan' },
    { issue: 'Issue', observation: 'Observation', surveyFinding: 'Survey finding', planItem: 'Plan' },
  ),
  surveyFinding: both(
    (survey: HtmlValue, question: HtmlValue, partner: HtmlValue) => html`${survey}, ${question} (${partner})`,
    (survey: HtmlValue, question: HtmlValue, partner: HtmlValue) => html`${survey}, ${question} (${partner})`,
  ),
  linkSuspect: both('te controleren: de onderbouwing is gewijzigd nadat de koppeling is gelegd', 'to check: the evidence changed after the link was made'),
  linkDangling: both('ontbreekt: verwijderd of nog niet ontvangen', 'missing: deleted or not received yet'),
  planFindings: both('Bevindingen over het plan', 'Findings on the plan'),
  findingUncovered: both('Knelpunten met hoge prioriteit zonder doel of actie', 'High-priority issues without a goal or action'),
  findingUncoveredNote: both(
    'Hoge prioriteit: de bovenste drie plaatsen in de rangschikking van de vragenlijsten.',
    'High priority: the top three places in the ranking of the surveys.',
  ),
  findingStandAlone: both(
    'Staat op zichzelf: geen onderbouwing, ook niet via wat het dient (of, bij een ambitie, via de doelen eronder)',
    'Stands alone: no evidence, not even through what it serves (or, for an ambition, through the goals under it)',
  ),
  findingDangling: both('Koppelingen waarvan het doel ontbreekt', 'Links whose target is missing'),
  findingSuspect: both('Koppelingen om te controleren: de onderbouwing is sindsdien gewijzigd', 'Links to check: the evidence has changed since'),
  findingNoOwner: both('Acties zonder eigenaar', 'Actions without an owner'),
  findingMisfit: both('Koppelingen tussen niveaus die niet (meer) passen', 'Links between levels that do not fit (any more)'),
  findingCycles: both('Plannen die elkaar in een kring dienen', 'Plan items that serve each other in a circle'),
  findingNone: both('geen', 'none'),
  missingRecord: both(
    (id: string) => `ontbrekend ${id}`,
    (id: string) => `missing ${id}`,
  ),

  surveysEmpty: both('Nog geen ingevulde vragenlijsten.', 'No completed surveys yet.'),
  surveyRound: both(
    (round: string) => `ronde ${round}`,
    (round: string) => `round ${round}`,
  ),
  respondents: both(
    (count: number) => counted(count, 'nl', RESPONSES.nl),
    (count: number) => counted(count, 'en', RESPONSES.en),
  ),
  allPartners: both('Alle partners', 'All partners'),
  ratingMeasure: both(
    (min: string, max: string) => `gemiddelde op een schaal van ${min} tot ${max}`,
    (min: string, max: string) => `mean on a scale from ${min} to ${max}`,
  ),
  rankingMeasure: both('score: aandeel van de punten die te geven waren', 'score: share of the points that could be given'),
  choiceMeasure: both('aandeel dat het koos', 'share who chose it'),
  chartNoAnswers: both('geen antwoorden', 'no answers'),
  heatmap: both(
    (question: string) => `Urgentie per domein en thema: ${question}`,
    (question: string) => `Urgency by domain and theme: ${question}`,
  ),
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

  releasesEmpty: both('Er is nog geen versie van het regiobeeld uitgebracht.', 'No version of the regional picture has been released yet.'),
  releaseNewest: both(
    (name: HtmlValue, day: string, digest: string) => html`Nieuwste versie: <strong>${name}</strong>, uitgebracht op ${day} (vingerafdruk ${digest})`,
    (name: HtmlValue, day: string, digest: string) => html`Newest version: <strong>${name}</strong>, released on ${day} (fingerprint ${digest})`,
  ),
  releaseAkkoord: both(
    (agreed: string, partners: number) => `Akkoord: ${agreed} van ${counted(partners, 'nl', PARTNERS.nl)}`,
    (agreed: string, partners: number) => `Approved: ${agreed} of ${counted(partners, 'en', PARTNERS.en)}`,
  ),
  releaseApprovedBy: both('Akkoord', 'Approved'),
  releaseWaiting: both('Nog niet akkoord', 'Not approved yet'),
  releaseSincePrevious: both(
    (name: HtmlValue) => html`Verschil met de vorige versie, ${name}`,
    (name: HtmlValue) => html`Difference from the previous version, ${name}`,
  ),
  releaseFirst: both('Dit is de eerste versie: er is nog niets om mee te vergelijken.', 'This is the first version: there is nothing to compare it with yet.'),
  releaseNoDifference: both('Geen verschil in de knelpunten.', 'No difference in the issues.'),
  releaseDifferencePartial: both(
    (kept: number, before: string, after: string) =>
      `Dit verschil is gedeeltelijk: een versie bewaart de eerste ${counted(kept, 'nl', ISSUES.nl)} (eerst stonden er ${before}, nu ${after}). Nieuwe en vervallen knelpunten buiten dat deel worden niet genoemd.`,
    (kept: number, before: string, after: string) =>
      `This difference is partial: a version keeps the first ${counted(kept, 'en', ISSUES.en)} (${before} stood before, ${after} now). New and removed issues outside that part are not named.`,
  ),
  releaseEarlier: both('Eerdere versies', 'Earlier versions'),
  diffAdded: both('Nieuwe knelpunten', 'New issues'),
  diffRemoved: both('Vervallen knelpunten', 'Removed issues'),
  diffChanged: both('Gewijzigde knelpunten', 'Changed issues'),
  diffPlaces: both('Veranderde prioriteit', 'Changed priority'),
  diffEvidence: both('Nieuwe onderbouwing', 'New evidence'),
  diffDeleted: both('verwijderd', 'deleted'),
  diffMergedInto: both(
    (into: HtmlValue) => html`samengevoegd met ${into}`,
    (into: HtmlValue) => html`merged into ${into}`,
  ),
  diffTitleBefore: both(
    (title: HtmlValue) => html`eerst “${title}”`,
    (title: HtmlValue) => html`first “${title}”`,
  ),
  diffStatus: both(
    (before: string, after: string) => `status ${before} → ${after}`,
    (before: string, after: string) => `status ${before} → ${after}`,
  ),
  diffNoStatus: both('geen', 'none'),
  diffPlace: both(
    (before: string, after: string) => `plaats ${before} → ${after}`,
    (before: string, after: string) => `place ${before} → ${after}`,
  ),
  diffEvidenceCount: both(
    (before: string, after: number) => `${before} → ${counted(after, 'nl', OBSERVATIONS.nl)}`,
    (before: string, after: number) => `${before} → ${counted(after, 'en', OBSERVATIONS.en)}`,
  ),

  sourcesEmpty: both('Nog geen waarnemingen.', 'No observations yet.'),
  figure: both('Cijfer', 'Figure'),
  figures: both('Cijfers naast elkaar', 'Figures side by side'),
  figuresIntro: both(
    'Elk cijfer dat partners voor twee of meer gemeenten van de regio knipten, met dezelfde omschrijving en eenheid, per gebied en periode. Zo staat een cijfer naast dat van de buren in plaats van los. Een cijfer over de hele regio staat bovenaan.',
    'Every figure partners clipped for two or more municipalities of the region, with the same label and unit, by area and period. A figure is read beside its neighbours rather than bare. A figure about the whole region stands at the top.',
  ),
  figuresEmpty: both(
    'Nog geen cijfer dat voor twee gemeenten van de regio met een periode is geknipt.',
    'No figure clipped yet for two municipalities of the region, each with a period.',
  ),
  figuresArea: both('Gebied', 'Area'),
  figuresWholeRegionUnnamed: both('Hele regio', 'Whole region'),
  figuresWholeRegion: both(
    (region: HtmlValue) => html`Hele regio (${region})`,
    (region: HtmlValue) => html`Whole region (${region})`,
  ),
  figuresOlderPeriods: both(
    (count: number) => `Alleen de laatste perioden staan erin; ${counted(count, 'nl', { one: 'oudere periode', other: 'oudere perioden' })} weggelaten.`,
    (count: number) => `Only the latest periods are shown; ${counted(count, 'en', { one: 'older period', other: 'older periods' })} left out.`,
  ),
  clippedBy: both(
    (partner: HtmlValue, moment: string) => html`${partner}, geknipt op ${moment}`,
    (partner: HtmlValue, moment: string) => html`${partner}, clipped on ${moment}`,
  ),
  quote: both('Citaat', 'Quote'),
  interpretation: both('Duiding', 'Interpretation'),
  sourcePartners: both(
    (partners: HtmlValue) => html`Geknipt door ${partners}`,
    (partners: HtmlValue) => html`Clipped by ${partners}`,
  ),
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
