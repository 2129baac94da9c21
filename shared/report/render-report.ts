import { instantOf } from '../clock/instant.ts';
import { AGENDA_KINDS } from '../regiobeeld/agenda.ts';
import { sharedIssueList } from '../records/published-settings.ts';
import type { RegiobeeldAnalysis } from '../regiobeeld/analyse.ts';
import type { IssueRanking } from '../regiobeeld/issue-priority.ts';
import type { IssueSummary, MergedIssue } from '../regiobeeld/issue-summaries.ts';
import { NO_RECOGNITIONS, type Recognition, type TargetRecognitions } from '../regiobeeld/recognitions.ts';
import { type DotVoteRound, dotsOf } from '../regiobeeld/dot-votes.ts';
import { isOverdue } from '../regiobeeld/outcomes.ts';
import { observationFigureText } from '../regiobeeld/figure-text.ts';
import { groupBySource } from '../regiobeeld/source-groups.ts';
import { figuresSectionBody, figuresSectionContents } from './figures-section.ts';
import { releasesSectionBody } from './releases-section.ts';
import { someJoined, someListItems } from './capped-lists.ts';
import { someOf } from '../wording/list-some.ts';
import { planSectionBody, planSectionContents } from './plan-section.ts';
import { html, isolated, linkableUrl, markupOf, type SafeHtml } from './html.ts';
import { reportNumber, surveyFigures } from './survey-figures.ts';
import { type ReportLanguage, reportTexts, type ReportTexts } from './texts.ts';

export interface ReportOptions {
  /** ISO time the report was made; passed in, so the same regiobeeld gives the same file. */
  readonly generatedAt: string;
  readonly language: ReportLanguage;
  /** Where Plot draws the charts before they are written out: a jsdom document in the CLI, the page's in the dashboard. */
  readonly document: Document;
}

/**
 * Nothing may be fetched or run: the file is opened offline, from a mail or a shared drive. Inline
 * styles are the only thing allowed; links to the sources are navigation, which CSP leaves alone.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Written here, never from a bundle: as a literal part of the tag it stays as it is. */
const STYLE = html`<style>
:root { color-scheme: light; --ink: #1b1f24; --muted: #555f6b; --line: #c9d1d9; --accent: #1f5f8b; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.9rem; margin-bottom: 0.2rem; }
h2 { border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { margin-top: 1.5rem; }
.muted, .meta { color: var(--muted); }
li.overdue, li.overdue strong { color: #a4262c; }
p.outcome, p.recognitions, p.merged { margin: 0.2rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
dl.counts { display: grid; grid-template-columns: max-content max-content; gap: 0.2rem 1.5rem; }
dl.counts dd { margin: 0; font-weight: 600; text-align: right; }
figure { margin: 1rem 0 1.5rem; }
figcaption { font-weight: 600; }
figure.survey-chart svg { max-width: 100%; height: auto; font-size: 11px; }
table.chart-data { font-size: 0.9em; width: auto; min-width: 50%; }
table.chart-data caption { text-align: left; color: var(--muted); }
.indicator table { width: auto; min-width: 50%; }
.indicator td { text-align: right; font-variant-numeric: tabular-nums; }
.source { border-top: 1px solid var(--line); padding-top: 0.5rem; margin-top: 1rem; }
.url { word-break: break-all; font-size: 0.9em; }
blockquote { margin: 0.5rem 0; padding-left: 0.8rem; border-left: 3px solid var(--line); }
.plan-tree, .plan-tree ol { padding-left: 1.4rem; }
.plan-item .level { text-transform: uppercase; font-size: 0.8em; letter-spacing: 0.04em; color: var(--muted); }
.plan-item p { margin: 0.2rem 0; }
.plan-evidence { margin: 0.2rem 0 0.6rem; }
.link-state { color: #8a3b00; font-weight: 600; }
nav.section-contents ol { columns: 2 18rem; margin: 0.5rem 0 1rem; }
p.to-contents { font-size: 0.9em; margin-top: 1.5rem; }
:target { outline: 2px solid var(--accent); outline-offset: 2px; }
@page { margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  nav.contents, nav.section-contents, p.to-contents { display: none; }
  section { break-before: page; }
  h2, h3 { break-after: avoid; }
  figure, tr, .clip, .agenda-group, .plan-item, .plan-finding { break-inside: avoid; }
  a { color: inherit; }
}
</style>`;

const SECTION_IDS = {
  overview: 'overzicht',
  agenda: 'gespreksagenda',
  issues: 'knelpunten',
  plan: 'regioplan',
  surveys: 'vragenlijsten',
  figures: 'cijfers',
  sources: 'bronnen',
  releases: 'versies',
} as const;
type SectionKey = keyof typeof SECTION_IDS;

/** Anchor of an observation among the sources: agenda and issues link their evidence to it. */
const observationAnchor = (id: string): string => `waarneming-${id}`;
/** Anchor of an issue's row: the plan links the issues it rests on to it. */
const issueAnchor = (id: string): string => `knelpunt-${id}`;
/** Anchors the sections' tables of contents lead to: by kind or place, as nothing else names them. */
const agendaAnchor = (kind: string): string => `agenda-${kind}`;
const surveyAnchor = (index: number): string => `vragenlijst-${index + 1}`;
const sourceAnchor = (index: number): string => `bron-${index + 1}`;
const dotRoundAnchor = (index: number): string => `stemronde-${index + 1}`;

interface Context {
  readonly texts: ReportTexts;
  readonly language: ReportLanguage;
  readonly analysis: RegiobeeldAnalysis;
  readonly document: Document;
  /** The day the report was made ("2027-04-01"): afspraken due before it and not done are overdue. */
  readonly today: string;
}

/**
 * The merged regiobeeld as one self-contained HTML page: overview, gespreksagenda, issues, the
 * regional plan with its traces and findings, survey charts and sources. No script, no external resource; every text of a bundle is escaped, and only
 * http(s) addresses become links. Pure: the same analysis and options give the same string.
 */
export function renderReport(analysis: RegiobeeldAnalysis, options: ReportOptions): string {
  const texts = reportTexts(options.language);
  const context: Context = { texts, language: options.language, analysis, document: options.document, today: amsterdamDay(options.generatedAt) };
  const { region } = analysis.overview;
  const sections: readonly SectionKey[] = ['overview', 'releases', 'agenda', 'issues', 'plan', 'surveys', 'figures', 'sources'];
  const page = html`<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${texts.documentTitle(analysis.overview.regionName ?? region)}</title>
${STYLE}
</head>
<body>
<header>
<h1>${texts.documentTitle(isolated(analysis.overview.regionName ?? region))}</h1>
<p class="meta">${texts.generatedAt(moment(options.generatedAt, options.language))}</p>
<p>${texts.intro}</p>
<nav class="contents" id="${CONTENTS_ID}" aria-label="${texts.contents}"><ol>${sections.map((key) => html`<li><a href="#${SECTION_IDS[key]}">${texts[key]}</a></li>`)}</ol></nav>
</header>
<main>
${overviewSection(context)}
${section('releases', texts, releasesSectionBody({ texts, language: options.language, analysis, partnerName: (id) => partnerName(context, id), day: (calendarDay) => day(calendarDay, options.language) }))}
${agendaSection(context)}
${issuesSection(context)}
${section('plan', texts, planSectionBody({ texts, language: options.language, analysis, partnerName: (id) => partnerName(context, id), observationAnchor, issueAnchor }), planSectionContents({ texts, analysis }))}
${surveysSection(context)}
${section('figures', texts, figuresSectionBody({ texts, language: options.language, analysis, observationAnchor }), figuresSectionContents({ analysis }))}
${sourcesSection(context)}
</main>
<footer><p class="meta">${texts.footer}</p></footer>
</body>
</html>
`;
  return markupOf(page);
}

/** Where a section's table of contents leads: an anchor in the section and what it is called there. */
interface ContentsEntry {
  readonly anchor: string;
  readonly title: SafeHtml | string;
}

const CONTENTS_ID = 'inhoud';
/** Entries a section's contents lists: every issue and source of a real region, not those of a hostile bundle. */
const CONTENTS_LISTED = 300;

/**
 * A section with its own table of contents when it has parts to go to (the report of a real region
 * runs to tens of thousands of pixels), and a way back to the report's contents.
 */
function section(key: SectionKey, texts: ReportTexts, body: SafeHtml, contents: readonly ContentsEntry[] = []): SafeHtml {
  // A contents list of thousands of sources guides nobody: the first ones, then how many more.
  const { shown, more } = someOf(contents, CONTENTS_LISTED);
  const rest = more === 0 ? html`` : html`<li class="meta">${texts.moreEntries(more)}</li>`;
  const nav =
    contents.length < 2
      ? html``
      : html`<nav class="section-contents" aria-label="${texts.sectionContents(texts[key])}"><ol>${shown.map((entry) => html`<li><a href="#${entry.anchor}">${entry.title}</a></li>`)}${rest}</ol></nav>`;
  return html`<section id="${SECTION_IDS[key]}" aria-labelledby="${SECTION_IDS[key]}-kop"><h2 id="${SECTION_IDS[key]}-kop">${texts[key]}</h2>${nav}${body}<p class="to-contents"><a href="#${CONTENTS_ID}">${texts.toContents}</a></p></section>`;
}

/** Made once: a report of 50,000 clips formats as many dates, and making a formatter costs far more than using one. */
const MOMENT_FORMATS: Readonly<Record<ReportLanguage, Intl.DateTimeFormat>> = {
  nl: new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
};

/** In the region's own time zone, so the file does not depend on the machine that made it. */
function moment(iso: string, language: ReportLanguage): string {
  const date = instantOf(iso);
  return date === null ? iso : MOMENT_FORMATS[language].format(date);
}

function partnerName({ analysis, texts }: Context, id: string): SafeHtml {
  return isolated(analysis.partners.of(id).organisation ?? texts.unknownPartner(id));
}

function overviewSection(context: Context): SafeHtml {
  const { texts, language, analysis } = context;
  const { counts, deleted, partnersByDomain, coordinators } = analysis.overview;
  const count = (label: string, value: number) => html`<dt>${label}</dt><dd>${reportNumber(value, language)}</dd>`;
  const rows = partnersByDomain.flatMap(({ domain, partners }) =>
    partners.map(
      (partner) =>
        html`<tr><td>${texts.domains[domain]}</td><td>${partnerName(context, partner.id)}</td><td>${partner.latestChange === null ? texts.none : moment(partner.latestChange, language)}</td></tr>`,
    ),
  );
  // The coordinator takes part but is none of the partners: named apart, not counted.
  const coordinatorRows = coordinators.map(
    (coordinator) =>
      html`<tr class="coordinator"><td>${texts.coordinator}</td><td>${partnerName(context, coordinator.id)}</td><td>${coordinator.latestChange === null ? texts.none : moment(coordinator.latestChange, language)}</td></tr>`,
  );
  const partnerCount = partnersByDomain.reduce((sum, { partners }) => sum + partners.length, 0);
  return section(
    'overview',
    texts,
    html`<dl class="counts">${count(texts.countPartners, partnerCount)}${count(texts.countObservations, counts.observation)}${count(texts.countIssues, counts.issue)}${count(texts.countResponses, counts.surveyResponse)}${count(texts.countDeleted, deleted)}</dl>
<h3>${texts.partnersByDomain}</h3>
<table><thead><tr><th scope="col">${texts.colDomain}</th><th scope="col">${texts.colPartner}</th><th scope="col">${texts.colLatestChange}</th></tr></thead><tbody>${rows}${coordinatorRows}</tbody></table>${lookAlikeFinding(context)}${unsignedFinding(context)}`,
  );
}

/** Partners a reader cannot tell apart by name, each with its installation's id, which tells them apart. */
function lookAlikeFinding({ texts, language, analysis }: Context): SafeHtml {
  if (analysis.lookAlikeNames.length === 0) return html``;
  const groups = someListItems(
    analysis.lookAlikeNames,
    (group) =>
      html`<li>${group.partners.map((partner, index) => html`${index > 0 ? '; ' : ''}${texts.lookAlikePartner(isolated(partner.organisation), partner.id)}`)}</li>`,
    language,
  );
  return html`<div class="finding" data-finding="look-alike-names"><h3>${texts.lookAlikeNames} <span class="meta">(${String(analysis.lookAlikeNames.length)})</span></h3><p class="meta">${texts.lookAlikeNamesNote}</p><ul>${groups}</ul></div>`;
}

/** How many records of whom came in without a signature, on the coordinator's word. */
function unsignedFinding(context: Context): SafeHtml {
  const { texts, language, analysis } = context;
  if (analysis.unsigned.length === 0) return html``;
  const total = analysis.unsigned.reduce((sum, part) => sum + part.count, 0);
  const parts = someListItems(
    analysis.unsigned,
    (part) => html`<li>${texts.unsignedCount(partnerName(context, part.partnerId), reportNumber(part.count, language))}</li>`,
    language,
  );
  return html`<div class="finding" data-finding="unsigned-records"><h3>${texts.unsignedRecords} <span class="meta">(${reportNumber(total, language)})</span></h3><p class="meta">${texts.unsignedRecordsNote}</p><ul>${parts}</ul></div>`;
}

/** The first clips an item rests on; the column beside it counts them all. */
function evidenceLinks(context: Context, ids: readonly string[]): SafeHtml {
  if (ids.length === 0) return html``;
  const link = (id: string) =>
    html`<a href="#${observationAnchor(id)}">${isolated(context.analysis.observations.byId.get(id)?.record.body.source.title ?? id)}</a>`;
  return html`<p class="evidence">${context.texts.evidence}: ${someJoined(ids, link, '; ', context.language)}</p>`;
}

/** The issues merged into this one: each stays named, with who raised it, so nothing raised is silently gone. */
function mergedIssues(context: Context, issue: IssueSummary): SafeHtml {
  if (issue.mergedIssues.length === 0) return html``;
  const named = (merged: MergedIssue) =>
    html`<span id="${issueAnchor(merged.id)}">${isolated(merged.title)} (${partnerName(context, merged.partnerId)})</span>`;
  // Every one, not the first few: each carries the anchor a plan link to it points at.
  return html`<p class="merged">${context.texts.mergedIssues}: ${issue.mergedIssues.map((merged, index) => html`${index > 0 ? '; ' : ''}${named(merged)}`)}</p>`;
}

/** Who recognises the issue and who does not, with their reasons: every one, as few partners say it. */
function recognitionLines(context: Context, recognitions: TargetRecognitions): SafeHtml {
  const { texts } = context;
  const named = (recognition: Recognition) =>
    html`${texts.domains[recognition.domain]} (${partnerName(context, recognition.partnerId)}${recognition.reason === '' ? '' : html`: “${isolated(recognition.reason)}”`})`;
  const line = (label: string, said: readonly Recognition[]) =>
    said.length === 0
      ? html``
      : html`<p class="recognitions">${label}: ${said.map((recognition, index) => html`${index > 0 ? ', ' : ''}${named(recognition)}`)}</p>`;
  const replies = [...recognitions.recognised, ...recognitions.notRecognised].flatMap((recognition) =>
    recognition.replies.map(
      (reply) => html`<li>${texts.replyLine(partnerName(context, reply.partnerId), partnerName(context, recognition.partnerId), isolated(reply.text))}</li>`,
    ),
  );
  return html`${line(texts.recognisedBy, recognitions.recognised)}${line(texts.notRecognisedBy, recognitions.notRecognised)}${replies.length === 0 ? '' : html`<ul class="replies">${replies}</ul>`}`;
}

/** What the regiotafel agreed of the issue, and its afspraken with owner and due date, overdue ones flagged. */
function outcomeLines(context: Context, issue: IssueSummary): SafeHtml {
  const { texts, language } = context;
  const { outcome, agreements } = issue;
  const agreed =
    outcome === null
      ? html``
      : html`<p class="outcome"><strong>${texts.outcome}: ${texts.statuses[outcome.status]}</strong>${outcome.statusReason === '' ? '' : html` (${isolated(outcome.statusReason)})`}${outcome.interpretation === '' ? '' : html`<br>${isolated(outcome.interpretation)}`}${outcome.agreedBy.length === 0 ? '' : html`<br>${texts.agreedBy}: ${outcome.agreedBy.map((id, index) => html`${index > 0 ? ', ' : ''}${partnerName(context, id)}`)}`}${outcome.dissent === '' ? '' : html`<br>${texts.dissent}: ${isolated(outcome.dissent)}`}<br><span class="meta">${texts.recordedBy(partnerName(context, outcome.recordedBy), moment(outcome.at, language))}</span></p>`;
  const items = agreements.map(
    (agreement) =>
      html`<li${isOverdue(agreement, context.today) ? html` class="overdue"` : ''}>${isolated(agreement.what)} — ${partnerName(context, agreement.ownerPartnerId)}, ${texts.due} ${day(agreement.due, language)}${agreement.done ? ` · ${texts.done}` : ''}${isOverdue(agreement, context.today) ? html` · <strong>${texts.overdue}</strong>` : ''}</li>`,
  );
  return html`${agreed}${agreements.length === 0 ? '' : html`<p class="outcome">${texts.agreements}:</p><ul class="agreements">${items}</ul>`}`;
}

/** The day in the Netherlands at `iso` ("2027-04-01"): the report's times are Amsterdam's, so is its "today". */
function amsterdamDay(iso: string): string {
  const date = instantOf(iso);
  return date === null ? iso.slice(0, 10) : new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

const DAY_FORMATS: Readonly<Record<ReportLanguage, Intl.DateTimeFormat>> = {
  nl: new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** A calendar day ("2027-03-31") as a date: the day itself, in no time zone. */
function day(calendarDay: string, language: ReportLanguage): string {
  const date = new Date(`${calendarDay}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? calendarDay : DAY_FORMATS[language].format(date);
}

function agendaSection(context: Context): SafeHtml {
  const { texts, language, analysis } = context;
  // The voting rounds show with or without an agenda: a round's dots are the table's word either way.
  const rounds = analysis.dotVotes.rounds.map((round, index) => dotRound(context, round, index));
  const roundContents = analysis.dotVotes.rounds.map((round, index) => ({ anchor: dotRoundAnchor(index), title: texts.dotRound(isolated(round.name)) }));
  // Looked up once per item, not searched for in the list of issues each time.
  const issuesById = new Map(analysis.issues.issues.map((issue) => [issue.id, issue]));
  if (analysis.agenda.length === 0) return section('agenda', texts, html`<p class="muted">${texts.agendaEmpty}</p>${rounds}`, roundContents);
  const groups = AGENDA_KINDS.flatMap((kind) => {
    const items = analysis.agenda.filter((item) => item.kind === kind);
    if (items.length === 0) return [];
    const entries = items.map(
      (item) =>
        html`<li class="agenda-item"><strong>${isolated(item.title)}</strong> <span class="meta">(${texts.agendaFacts(item.priority === null ? texts.none : reportNumber(item.priority.place, language), item.evidenceIds.length)})</span>${agendaIssueFacts(context, issuesById.get(item.issueId))}${evidenceLinks(context, item.evidenceIds)}</li>`,
    );
    return [html`<div class="agenda-group" id="${agendaAnchor(kind)}" data-kind="${kind}"><h3>${texts.agendaKinds[kind]}</h3><ol>${entries}</ol></div>`];
  });
  const contents = [
    ...AGENDA_KINDS.filter((kind) => analysis.agenda.some((item) => item.kind === kind)).map((kind) => ({
      anchor: agendaAnchor(kind),
      title: texts.agendaKinds[kind],
    })),
    ...roundContents,
  ];
  return section('agenda', texts, html`${groups}${rounds}`, contents);
}

/** A voting round of the regiotafel: the dots per issue with their domains, how many partners voted, dots per domain, and every vote not counted with why. */
function dotRound(context: Context, round: DotVoteRound, index: number): SafeHtml {
  const { texts, language, analysis } = context;
  const titles = new Map(analysis.issues.issues.map((issue) => [issue.id, issue.title]));
  const perDomain = (parts: DotVoteRound['byDomain']) => parts.map((part) => `${texts.domains[part.domain]} ${reportNumber(part.dots, language)}`).join(', ');
  const rows = round.issues.map((issue) => {
    const title = titles.get(issue.issueId);
    const named =
      title === undefined ? html`<span class="muted">${texts.unknownIssue}</span>` : html`<a href="#${issueAnchor(issue.issueId)}">${isolated(title)}</a>`;
    return html`<tr><td>${named}</td><td class="number">${reportNumber(issue.dots, language)}</td><td class="number">${reportNumber(issue.voters, language)}</td><td>${perDomain(issue.byDomain)}</td></tr>`;
  });
  const facts = texts.dotRoundFacts(round.voters, round.budget, round.dots);
  const opened = html` · ${texts.dotRoundOpened(partnerName(context, round.openedBy), moment(round.openedAt, language))}`;
  const table =
    rows.length === 0
      ? html`<p class="muted">${texts.dotRoundNoDots}</p>`
      : html`<table><thead><tr><th scope="col">${texts.colIssue}</th><th scope="col">${texts.colDots}</th><th scope="col">${texts.colVoters}</th><th scope="col">${texts.colDotsByDomain}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const domains = round.byDomain.length === 0 ? '' : html`<p>${texts.dotsByDomain}: ${perDomain(round.byDomain)}</p>`;
  const ignored =
    round.ignored.length === 0
      ? ''
      : html`<p class="dots-ignored">${texts.dotsIgnored}:</p><ul>${someListItems(
          round.ignored,
          (vote) =>
            html`<li>${texts.dotsIgnoredVote(partnerName(context, vote.voterPartnerId), partnerName(context, vote.writtenBy), vote.total, texts.dotsIgnoredReasons[vote.reason])}</li>`,
          language,
        )}</ul>`;
  return html`<div class="dot-round" id="${dotRoundAnchor(index)}"><h3>${texts.dotRound(isolated(round.name))}</h3><p class="meta">${facts}${opened}</p>${table}${domains}${ignored}</div>`;
}

/**
 * What the table needs beside an agenda item: who raised the issue, which domains recognise it,
 * and where the regiotafel left it so far, with a link to the whole of it among the issues.
 */
function agendaIssueFacts(context: Context, issue: IssueSummary | undefined): SafeHtml {
  const { texts, language } = context;
  if (issue === undefined) return html``;
  const { recognisedDomains, notRecognised } = issue.recognitions;
  const parts = [
    html`${texts.colRaisedBy}: ${someJoined(issue.raisedBy, (id) => partnerName(context, id), ', ', language)}`,
    ...(recognisedDomains.length === 0 ? [] : [html`${texts.recognisedBy}: ${recognisedDomains.map((domain) => texts.domains[domain]).join(', ')}`]),
    ...(notRecognised.length === 0
      ? []
      : [html`${texts.notRecognisedBy}: ${someJoined(notRecognised, (said) => partnerName(context, said.partnerId), ', ', language)}`]),
    ...(issue.outcome === null ? [] : [html`${texts.outcome}: ${texts.statuses[issue.outcome.status]}`]),
    ...(issue.agreements.length === 0 ? [] : [html`${texts.agreements}: ${reportNumber(issue.agreements.length, language)}`]),
  ];
  return html`<p class="meta agenda-facts">${parts.map((part, index) => html`${index > 0 ? ' · ' : ''}${part}`)} · <a href="#${issueAnchor(issue.id)}">${texts.agendaToIssue}</a></p>`;
}

function consensus(texts: ReportTexts, priority: IssueRanking | null): string {
  if (priority?.consensus === true) return texts.yes;
  if (priority?.consensus === false) return texts.no;
  return texts.none;
}

function issuesSection(context: Context): SafeHtml {
  const { texts, language, analysis } = context;
  if (analysis.issues.issues.length === 0) return section('issues', texts, html`<p class="muted">${texts.issuesEmpty}</p>`);
  const optional = (value: number | null) => (value === null ? texts.none : reportNumber(value, language, 2));
  const { published } = analysis.settings;
  const shared = sharedIssueList(published);
  const sharedLine =
    published === undefined || shared === undefined
      ? html``
      : html`<p class="meta">${texts.sharedList(shared.size, partnerName(context, published.record.origin), moment(published.record.updatedAt, language))}</p>`;
  const notShared = (id: string) =>
    shared === undefined || shared.has(id) ? html`` : html` <span class="meta" data-not-shared="true">(${texts.notShared})</span>`;
  // The dots of the current voting round, where one is open.
  const round = analysis.dotVotes.current;
  const dots = (issueId: string) => (round === null ? '' : html`<td class="number">${reportNumber(dotsOf(round, issueId)?.dots ?? 0, language)}</td>`);
  const rows = analysis.issues.issues.map(
    (issue) =>
      html`<tr class="issue" id="${issueAnchor(issue.id)}"><td><strong>${isolated(issue.title)}</strong>${notShared(issue.id)}${mergedIssues(context, issue)}${recognitionLines(context, issue.recognitions)}${outcomeLines(context, issue)}${evidenceLinks(context, issue.evidenceIds)}</td><td class="number">${reportNumber(issue.evidenceIds.length, language)}</td><td>${someJoined(issue.raisedBy, (id) => partnerName(context, id), ', ', language)}</td><td class="number">${optional(issue.priority?.place ?? null)}</td><td class="number">${optional(issue.priority?.meanRank ?? null)}</td><td class="number">${optional(issue.priority?.borda ?? null)}</td><td>${consensus(texts, issue.priority)}</td>${dots(issue.id)}</tr>`,
  );
  const contents = analysis.issues.issues.map((issue) => ({ anchor: issueAnchor(issue.id), title: isolated(issue.title) }));
  return section(
    'issues',
    texts,
    html`${sharedLine}<table><thead><tr><th scope="col">${texts.colIssue}</th><th scope="col">${texts.colEvidence}</th><th scope="col">${texts.colRaisedBy}</th><th scope="col">${texts.colPlace}</th><th scope="col">${texts.colMeanRank}</th><th scope="col">${texts.colBorda}</th><th scope="col">${texts.colConsensus}</th>${round === null ? '' : html`<th scope="col">${texts.colDots} <span class="meta">(${isolated(round.name)})</span></th>`}</tr></thead><tbody>${rows}</tbody></table>`,
    contents,
  );
}

function surveysSection(context: Context): SafeHtml {
  const { texts, language, analysis } = context;
  if (analysis.surveys.surveys.length === 0) return section('surveys', texts, html`<p class="muted">${texts.surveysEmpty}</p>`);
  const contents: ContentsEntry[] = [];
  const parts = analysis.surveys.surveys.map((survey, index) => {
    const heading = survey.round === null ? survey.title[language] : `${survey.title[language]}, ${texts.surveyRound(reportNumber(survey.round, language))}`;
    const byDomain = survey.respondentsByDomain.map((part) => `${texts.domains[part.domain]} ${reportNumber(part.count, language)}`).join(', ');
    const figures = surveyFigures(survey, analysis.issues.issues, texts, language, context.document, (figure) => `${surveyAnchor(index)}-${figure + 1}`);
    // The survey, then each of its questions: one survey alone still has a dozen charts to go to.
    contents.push({ anchor: surveyAnchor(index), title: heading }, ...figures.map((figure) => ({ anchor: figure.anchor, title: figure.caption })));
    return html`<article class="survey" id="${surveyAnchor(index)}"><h3>${heading}</h3><p class="meta">${texts.respondents(survey.respondents)}${byDomain === '' ? '' : ` (${byDomain})`}</p>${figures.map((figure) => figure.figure)}</article>`;
  });
  return section('surveys', texts, html`${parts}`, contents);
}

function unsignedMark({ analysis, texts }: Context, observationId: string): SafeHtml {
  return analysis.observations.byId.get(observationId)?.record.signature === undefined
    ? html` · <strong class="unsigned" data-unsigned="true">${texts.unsignedMark}</strong>`
    : html``;
}

/** A figure clip's value with its label, area and period: the number alone is read as nothing. */
function figureLine({ analysis, texts, language }: Context, observationId: string): SafeHtml {
  const body = analysis.observations.byId.get(observationId)?.record.body;
  const text = body === undefined ? null : observationFigureText(body, analysis.regionAreas, language);
  return text === null ? html`` : html`<p class="figure-line"><strong>${texts.figure}:</strong> ${isolated(text)}</p>`;
}

function sourcesSection(context: Context): SafeHtml {
  const { texts, language, analysis } = context;
  const groups = groupBySource(analysis.observations.observations);
  if (groups.length === 0) return section('sources', texts, html`<p class="muted">${texts.sourcesEmpty}</p>`);
  const articles = groups.map((group, index) => {
    const href = linkableUrl(group.url);
    const heading = href === null ? isolated(group.title) : html`<a href="${href}" rel="noopener noreferrer">${isolated(group.title)}</a>`;
    const clips = group.clips.map(
      (clip) =>
        html`<div class="clip" id="${observationAnchor(clip.observationId)}"><blockquote aria-label="${texts.quote}">${isolated(clip.quote)}</blockquote>${figureLine(context, clip.observationId)}<p><strong>${texts.interpretation}:</strong> ${isolated(clip.interpretation)}</p><p class="meta">${texts.clippedBy(partnerName(context, clip.partnerId), moment(clip.clippedAt, language))}${unsignedMark(context, clip.observationId)}</p>${recognitionLines(context, analysis.issues.observationRecognitions.get(clip.observationId) ?? NO_RECOGNITIONS)}</div>`,
    );
    return html`<article class="source" id="${sourceAnchor(index)}"><h3>${heading}</h3><p class="url">${isolated(group.url)}</p><p class="meta">${texts.sourcePartners(someJoined(group.partnerIds, (id) => partnerName(context, id), ', ', language))}</p>${clips}</article>`;
  });
  const contents = groups.map((group, index) => ({ anchor: sourceAnchor(index), title: isolated(group.title) }));
  return section('sources', texts, html`${articles}`, contents);
}
