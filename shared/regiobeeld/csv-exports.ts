import type { TraceCell, TraceMatrix } from '../plan/trace-matrix.ts';
import { themeLabel } from '../catalog/themes.ts';
import { reportTexts } from '../report/texts.ts';
import type { OBSERVATION_KINDS } from '../schema/observation.ts';
import type { DomainKey, DomainPart } from '../survey/answers.ts';
import { figureAreaNames, observationFigureText, type RegionAreas } from './figure-text.ts';
import type { RatingStats } from '../survey/aggregate-rating.ts';
import type { RankingStats } from '../survey/aggregate-ranking.ts';
import type { SurveysReport } from '../survey/aggregate-survey.ts';
import type { ChoiceStats } from '../survey/aggregate-choice.ts';
import type { AgendaItem, AgendaKind } from './agenda.ts';
import { type CsvCell, csvDay, csvMoment, toCsv } from './csv.ts';
import type { IssueRanking } from './issue-priority.ts';
import type { IssueSummary } from './issue-summaries.ts';
import { type DotVoteRound, dotsOf } from './dot-votes.ts';
import type { IndexedObservation } from './observation-index.ts';
import type { PartnerDirectory } from './partners.ts';
import type { Recognition } from './recognitions.ts';

// Headers and words are Dutch: these files are opened by the regional table, in Dutch Excel.

/** Several values in one cell: a comma, since `;` separates the cells. */
const list = (values: readonly string[]): string => values.join(', ');
const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'ja' : 'nee');
/** The words of the Dutch report, so a domain or a status reads the same in the file as on paper. */
const NL = reportTexts('nl');
const NO_REGION: RegionAreas = { areas: [], name: null, areaName: (code) => code };

/** A clip's kind as the capture sheet names it. */
const KIND_WORDS: Readonly<Record<(typeof OBSERVATION_KINDS)[number], string>> = {
  figure: 'Cijfer',
  signal: 'Signaal of knelpunt',
  experience: 'Ervaring of verhaal',
  context: 'Beleid of context',
};

/** What the observations file needs beside the clips: the issues' titles and the region, to name a figure's area. */
export interface ObservationsCsvContext {
  /** The title of an issue by id (merged issues too); an id it does not know stays an id. */
  readonly issueTitle?: (id: string) => string | undefined;
  readonly region?: RegionAreas;
}

/**
 * One row per clip, in words a reader knows (domain "Sociaal domein", kind "Cijfer", theme and
 * gemeente names, issue titles, "3-5-2026 14:05"), with the stored codes in columns of their own
 * for whoever filters or joins on them.
 */
export function observationsCsv(
  observations: readonly IndexedObservation[],
  { issueTitle = () => undefined, region = NO_REGION }: ObservationsCsvContext = {},
): string {
  const header = [
    'id',
    'partner',
    'domein',
    'soort',
    "thema's",
    'gebieden',
    'bron',
    'bron-url',
    'citaat',
    'duiding',
    'cijfer',
    'waarde',
    'eenheid',
    'omschrijving',
    'periode',
    'knelpunten',
    'geknipt op',
    'domeincode',
    'soortcode',
    'themacodes',
    'gebiedscodes',
    'knelpunt-ids',
  ];
  const rows = observations.map(({ record, partner, sourceUrl, clippedAt }): CsvCell[] => {
    const { body } = record;
    return [
      record.id,
      partner.organisation ?? partner.id,
      NL.domains[partner.domain],
      KIND_WORDS[body.kind],
      list(body.themes.map(themeLabel)),
      list(figureAreaNames(body.areas, region, 'nl')),
      body.source.title,
      sourceUrl,
      body.quote,
      body.interpretation,
      observationFigureText(body, region, 'nl'),
      body.figure?.value ?? null,
      body.figure?.unit ?? null,
      body.figure?.label ?? null,
      body.figure?.period ?? null,
      list(body.issueIds.map((id) => issueTitle(id) ?? id)),
      csvMoment(clippedAt),
      partner.domain,
      body.kind,
      list(body.themes),
      list(body.areas),
      list(body.issueIds),
    ];
  });
  return toCsv(header, rows);
}

/** The Dutch titles of the surveys and their questions, for the files' word columns; an id the report does not know stays an id. */
export interface SurveyWords {
  readonly survey: (surveyId: string) => string;
  readonly question: (surveyId: string, question: string) => string;
}

const ID_WORDS: SurveyWords = { survey: (id) => id, question: (_survey, question) => question };

export function surveyWords(report: SurveysReport): SurveyWords {
  const surveys = new Map(report.surveys.map((survey) => [survey.surveyId, survey]));
  return {
    survey: (id) => surveys.get(id)?.title.nl ?? id,
    question: (id, question) => surveys.get(id)?.questions.find((candidate) => candidate.question === question)?.title.nl ?? question,
  };
}

const RANKING_HEADER = [
  'vragenlijst',
  'ronde',
  'vraag',
  'respondenten',
  'aangeboden aan',
  'gerangschikt door',
  'gemiddelde rang',
  'Borda',
  'score',
  'plaats',
  'IQR rang',
  'consensus',
  'hoogste domein',
  'laagste domein',
  'verschil domeinen',
  'vragenlijstcode',
  'vraagcode',
];

function rankingCells(p: IssueRanking | null, words: SurveyWords): CsvCell[] {
  if (p === null) return RANKING_HEADER.map(() => null);
  return [
    words.survey(p.surveyId),
    p.round,
    words.question(p.surveyId, p.question),
    p.respondents,
    p.offeredTo,
    p.n,
    p.meanRank,
    p.borda,
    p.score,
    p.place,
    p.rankIqr,
    yesNo(p.consensus),
    p.domainGap === null ? null : NL.domains[p.domainGap.high.domain],
    p.domainGap === null ? null : NL.domains[p.domainGap.low.domain],
    p.domainGap?.difference ?? null,
    p.surveyId,
    p.question,
  ];
}

/**
 * One row per issue, with the ranking that speaks for it; whether it is on the region's shared
 * issue list (`shared`, when the coordinator published one: "ja"/"nee", else empty), and its dots
 * in the current voting round (`round`; the column stays empty while none is opened).
 */
export function issuesCsv(
  issues: readonly IssueSummary[],
  partners: PartnerDirectory,
  {
    shared,
    round = null,
    areaName = (code) => code,
    words = ID_WORDS,
  }: {
    readonly shared?: ReadonlySet<string> | undefined;
    readonly round?: DotVoteRound | null;
    readonly areaName?: (code: string) => string;
    readonly words?: SurveyWords;
  } = {},
): string {
  const header = [
    'id',
    'knelpunt',
    'samengevoegd',
    'op gedeelde lijst',
    "thema's",
    'gebieden',
    'ingebracht door',
    'partners',
    'domeinen',
    'herkend door',
    'niet herkend door',
    ...OUTCOME_HEADER,
    'aantal waarnemingen',
    'waarnemingen',
    'stippen',
    ...RANKING_HEADER,
    'themacodes',
    'gebiedscodes',
    'domeincodes',
  ];
  const named = (recognition: Recognition) => {
    const name = partners.of(recognition.partnerId).organisation ?? recognition.partnerId;
    return recognition.reason === '' ? name : `${name}: ${recognition.reason}`;
  };
  const rows = issues.map((issue): CsvCell[] => [
    issue.id,
    issue.title,
    // The issues merged into it, by title and id: the clips' issue ids in waarnemingen.csv name them.
    list(issue.mergedIssues.map((merged) => `${merged.title} (${merged.id})`)),
    shared === undefined ? '' : shared.has(issue.id) ? 'ja' : 'nee',
    list(issue.themes.map(themeLabel)),
    list([...new Set(issue.areas.map(areaName))]),
    list(issue.raisedBy.map((id) => partners.of(id).organisation ?? id)),
    list(issue.partnerIds.map((id) => partners.of(id).organisation ?? id)),
    list(issue.domains.map((domain) => NL.domains[domain])),
    list(issue.recognitions.recognised.map(named)),
    list(issue.recognitions.notRecognised.map(named)),
    ...outcomeCells(issue, (id) => partners.of(id).organisation ?? id),
    issue.evidenceIds.length,
    list(issue.evidenceIds),
    round === null ? null : (dotsOf(round, issue.id)?.dots ?? 0),
    ...rankingCells(issue.priority, words),
    list(issue.themes),
    list(issue.areas),
    list(issue.domains),
  ]);
  return toCsv(header, rows);
}

const AGENDA_LABELS: Readonly<Record<AgendaKind, string>> = {
  'shared-priority': 'Gedeelde prioriteit',
  'domains-differ': 'Domeinen zien het anders',
  'urgent-little-evidence': 'Urgent, weinig onderbouwd',
  'evidence-low-priority': 'Goed onderbouwd, lage prioriteit',
  'not-in-plan': 'Hoge prioriteit, nog niet in het plan',
};

const OUTCOME_HEADER = ['status', 'gezamenlijke duiding', 'afspraken'] as const;

/** What the regiotafel agreed of an issue: its status, the duiding, and each afspraak with owner and due day. */
function outcomeCells(issue: IssueSummary, name: (partnerId: string) => string): CsvCell[] {
  const { outcome, agreements } = issue;
  return [
    outcome === null ? '' : NL.statuses[outcome.status],
    outcome?.interpretation ?? '',
    list(
      agreements.map(
        (agreement) => `${agreement.what} (${name(agreement.ownerPartnerId)} uiterlijk ${csvDay(agreement.due)})${agreement.done ? ' — gedaan' : ''}`,
      ),
    ),
  ];
}

/**
 * The gespreksagenda, each item with what the table needs beside it: who raised the issue, which
 * domains recognise it and who does not, and what the regiotafel agreed of it so far.
 */
export function agendaCsv(
  items: readonly AgendaItem[],
  issues: readonly IssueSummary[] = [],
  partners?: PartnerDirectory,
  words: SurveyWords = ID_WORDS,
): string {
  const header = [
    'nr',
    'onderwerp',
    'knelpunt-id',
    'knelpunt',
    'ingebracht door',
    'herkend door (domeinen)',
    'niet herkend door',
    ...OUTCOME_HEADER,
    'aantal waarnemingen',
    'waarnemingen',
    ...RANKING_HEADER,
  ];
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  const name = (id: string) => partners?.of(id).organisation ?? id;
  const rows = items.map((item, index): CsvCell[] => {
    const issue = byId.get(item.issueId);
    return [
      index + 1,
      AGENDA_LABELS[item.kind],
      item.issueId,
      item.title,
      list((issue?.raisedBy ?? []).map(name)),
      list((issue?.recognitions.recognisedDomains ?? []).map((domain) => NL.domains[domain])),
      list((issue?.recognitions.notRecognised ?? []).map((said) => (said.reason === '' ? name(said.partnerId) : `${name(said.partnerId)}: ${said.reason}`))),
      ...(issue === undefined ? ['', '', ''] : outcomeCells(issue, name)),
      item.evidenceIds.length,
      list(item.evidenceIds),
      ...rankingCells(item.priority, words),
    ];
  });
  return toCsv(header, rows);
}

const AGGREGATE_HEADER = [
  'vragenlijst',
  'ronde',
  'vraag',
  'soort',
  'item',
  'label',
  'domein',
  'n',
  'gemiddelde',
  'mediaan',
  'q1',
  'q3',
  'IQR',
  'consensus',
  'gemiddelde rang',
  'Borda',
  'score',
  'plaats',
  'aandeel',
  'domeincode',
  'soortcode',
  'vragenlijstcode',
  'vraagcode',
];
type Measures = [
  n: number,
  mean: number | null,
  median: number | null,
  q1: number | null,
  q3: number | null,
  iqr: number | null,
  consensus: string,
  meanRank: number | null,
  borda: number | null,
  score: number | null,
  place: number | null,
  share: number | null,
];

const ratingMeasures = (s: RatingStats): Measures => [s.n, s.mean, s.median, s.q1, s.q3, s.iqr, yesNo(s.consensus), null, null, null, null, null];
const ALL = 'alle';

function withDomains<S>(overall: S, byDomain: readonly DomainPart<S>[]): { domain: DomainKey | typeof ALL; stats: S }[] {
  return [{ domain: ALL, stats: overall }, ...byDomain];
}

const QUESTION_KIND_WORDS: Readonly<Record<SurveysReport['surveys'][number]['questions'][number]['kind'], string>> = {
  rating: 'beoordeling',
  matrix: 'matrix',
  ranking: 'rangorde',
  choice: 'keuze',
  text: 'tekst',
};

/**
 * Every counted question of every survey and round, overall ("alle domeinen") and per domain: ratings and
 * matrix rows with median and spread, rankings and choices per choice. Text answers are not
 * figures and stay out.
 */
export function surveyAggregatesCsv(report: SurveysReport): string {
  const rows: CsvCell[][] = [];
  for (const survey of report.surveys) {
    for (const q of survey.questions) {
      const row = (item: string | number | null, label: string | null, domain: DomainKey | typeof ALL, measures: Measures): void => {
        const domainLabel = domain === ALL ? 'alle domeinen' : NL.domains[domain];
        rows.push([
          survey.title.nl,
          survey.round,
          q.title.nl,
          QUESTION_KIND_WORDS[q.kind],
          item === null ? null : String(item),
          label,
          domainLabel,
          ...measures,
          domain,
          q.kind,
          survey.surveyId,
          q.question,
        ]);
      };
      switch (q.kind) {
        case 'rating':
          for (const { domain, stats } of withDomains(q.overall, q.byDomain)) row(null, null, domain, ratingMeasures(stats));
          break;
        case 'matrix':
          for (const r of q.rows) for (const { domain, stats } of withDomains(r.overall, r.byDomain)) row(r.row, r.label.nl, domain, ratingMeasures(stats));
          break;
        case 'ranking':
          for (const { domain, stats } of withDomains<RankingStats>(q.overall, q.byDomain)) {
            for (const c of stats.choices)
              row(c.value, c.label.nl, domain, [
                c.n,
                null,
                c.rankSpread?.median ?? null,
                c.rankSpread?.q1 ?? null,
                c.rankSpread?.q3 ?? null,
                c.rankSpread?.iqr ?? null,
                '',
                c.meanRank,
                c.borda,
                c.score,
                c.place,
                null,
              ]);
          }
          break;
        case 'choice':
          for (const { domain, stats } of withDomains<ChoiceStats>(q.overall, q.byDomain)) {
            for (const c of stats.choices) row(c.value, c.label.nl, domain, [c.count, null, null, null, null, null, '', null, null, null, null, c.share]);
          }
          break;
        case 'text':
          break;
      }
    }
  }
  return toCsv(AGGREGATE_HEADER, rows);
}

const PLAN_LEVEL_LABELS = { ambition: 'ambitie', goal: 'doel', action: 'actie', initiative: 'initiatief' } as const;
const TRACE_CELLS: Readonly<Record<Exclude<TraceCell, null>, string>> = { linked: 'x', suspect: 'x (verdacht)', 'via-observation': 'via waarneming' };

/** Issues down, goals and actions across: which plan items rest on which issue. */
export function traceMatrixCsv(matrix: TraceMatrix): string {
  const header = ['knelpunt-id', 'knelpunt', 'plaats', ...matrix.columns.map((item) => `${PLAN_LEVEL_LABELS[item.body.level]}: ${item.body.title}`)];
  const rows = matrix.rows.map(({ issue, cells }): CsvCell[] => [
    issue.id,
    issue.title,
    issue.priority?.place ?? null,
    ...cells.map((cell) => (cell === null ? null : TRACE_CELLS[cell])),
  ]);
  return toCsv(header, rows);
}
