import { observationFigureText } from '../regiobeeld/figure-text.ts';
import type { PlanItem } from '../plan/plan-index.ts';
import type { PlanItemView, PlanNode } from '../plan/plan-tree.ts';
import type { ResolvedLink } from '../plan/resolve-link.ts';
import type { RegiobeeldAnalysis } from '../regiobeeld/analyse.ts';
import { someJoined, someListItems } from './capped-lists.ts';
import { html, isolated, type SafeHtml } from './html.ts';
import type { ReportLanguage, ReportTexts } from './texts.ts';

export interface PlanSectionContext {
  readonly texts: ReportTexts;
  readonly language: ReportLanguage;
  readonly analysis: RegiobeeldAnalysis;
  /** The partner's name, isolated as every bundle text is. */
  readonly partnerName: (id: string) => SafeHtml;
  readonly observationAnchor: (id: string) => string;
  readonly issueAnchor: (id: string) => string;
}

/** Items already given their anchor: an item under two parents appears twice, the anchor once. */
interface Render extends PlanSectionContext {
  readonly anchored: Set<string>;
  /** Looked up once per item: searching the list for each made a plan of 50,000 items take seconds. */
  readonly standAlone: ReadonlySet<string>;
}

const planAnchor = (id: string): string => `plan-${id}`;
const PLAN_HEADINGS = { tree: 'plan-boom', initiatives: 'plan-initiatieven', unplaced: 'plan-niet-geplaatst', findings: 'plan-bevindingen' } as const;

/** Where the plan section's table of contents leads: its parts, and in the tree each ambition (the first place each is rendered, so it holds the anchor). */
export function planSectionContents({
  texts,
  analysis,
}: Pick<PlanSectionContext, 'texts' | 'analysis'>): ReadonlyArray<{ readonly anchor: string; readonly title: SafeHtml | string }> {
  const { tree, index } = analysis.plan;
  if (index.items.length === 0) return [];
  return [
    { anchor: PLAN_HEADINGS.tree, title: texts.planTree },
    ...tree.ambitions.map((node) => ({ anchor: planAnchor(node.view.item.id), title: isolated(node.view.item.body.title) })),
    ...(tree.initiatives.length === 0 ? [] : [{ anchor: PLAN_HEADINGS.initiatives, title: texts.planInitiatives }]),
    ...(tree.unplaced.length === 0 ? [] : [{ anchor: PLAN_HEADINGS.unplaced, title: texts.planUnplaced }]),
    { anchor: PLAN_HEADINGS.findings, title: texts.planFindings },
  ];
}

/**
 * The regional plan as the report shows it: the tree with what each item rests on, initiatives
 * beside it, items not placed yet, and the findings a coordinator acts on. Every text is a value
 * of the `html` tag, so titles and rationales from bundles stay text.
 */
export function planSectionBody(sectionContext: PlanSectionContext): SafeHtml {
  const context: Render = { ...sectionContext, anchored: new Set(), standAlone: new Set(sectionContext.analysis.plan.coverage.standAlone.map((i) => i.id)) };
  const { texts, analysis } = context;
  const { tree, index } = analysis.plan;
  if (index.items.length === 0) return html`<p class="muted">${texts.planEmpty}</p>`;
  const initiatives = tree.initiatives.map((view) => html`<li>${itemBody(context, view, true)}</li>`);
  const unplaced =
    tree.unplaced.length === 0
      ? html``
      : html`<h3 id="${PLAN_HEADINGS.unplaced}">${texts.planUnplaced}</h3><p class="meta">${texts.planUnplacedNote}</p><ol class="plan-tree">${tree.unplaced.map((node) => planNode(context, node))}</ol>`;
  return html`<h3 id="${PLAN_HEADINGS.tree}">${texts.planTree}</h3>${tree.ambitions.length === 0 ? html`<p class="muted">${texts.none}</p>` : html`<ol class="plan-tree">${tree.ambitions.map((node) => planNode(context, node))}</ol>`}
${initiatives.length === 0 ? html`` : html`<h3 id="${PLAN_HEADINGS.initiatives}">${texts.planInitiatives}</h3><ul class="plan-tree">${initiatives}</ul>`}
${unplaced}
${findings(context)}`;
}

function planNode(context: Render, node: PlanNode): SafeHtml {
  const children = node.children.length === 0 ? html`` : html`<ol>${node.children.map((child) => planNode(context, child))}</ol>`;
  return html`<li>${itemBody(context, node.view, false)}${children}</li>`;
}

function itemBody(context: Render, view: PlanItemView, showParents: boolean): SafeHtml {
  const { texts, language, partnerName } = context;
  const { item } = view;
  const { body } = item;
  const facts = [
    texts.planStatuses[body.status],
    body.ownerPartnerIds.length === 0
      ? body.level === 'action'
        ? texts.planNoOwner
        : null
      : texts.planOwners(someJoined(body.ownerPartnerIds, partnerName, ', ', language)),
    body.period === undefined || body.period === '' ? null : texts.planPeriod(isolated(body.period)),
  ].filter((fact) => fact !== null);
  const indicator =
    body.indicator === undefined
      ? html``
      : html`<p class="meta">${texts.planIndicator(isolated(body.indicator.measure))}${body.indicator.baselineObservationId === undefined ? '' : html` (${texts.planBaseline}: ${baselineLabel(context, body.indicator.baselineObservationId)})`}</p>`;
  const parents =
    showParents && view.parents.length > 0
      ? html`<p>${texts.planServes}: ${someJoined(view.parents, (r) => linkTarget(context, r), ', ', language)}</p>`
      : html``;
  const evidence =
    view.evidence.length === 0
      ? html`<p class="muted">${evidenceless(context, item)}</p>`
      : html`<p>${texts.planRestsOn}:</p><ul class="plan-evidence">${someListItems(view.evidence, (r) => html`<li data-state="${r.state}">${evidenceLine(context, r)}</li>`, language)}</ul>`;
  const anchor = context.anchored.has(item.id) ? html`` : html` id="${planAnchor(item.id)}"`;
  context.anchored.add(item.id);
  return html`<div class="plan-item"${anchor} data-level="${body.level}" data-plan-id="${item.id}"><p><span class="level">${texts.planLevels[body.level]}</span> <strong>${isolated(body.title)}</strong> <span class="meta">(${facts.map((fact, index) => html`${index > 0 ? ' · ' : ''}${fact}`)})</span></p>${body.description === '' ? '' : html`<p>${isolated(body.description)}</p>`}${indicator}${parents}${evidence}</div>`;
}

/** Why an item without links of its own rests on evidence or not: an ambition through its goals, the rest through what it serves. */
function evidenceless(context: Render, item: PlanItem): string {
  const { texts } = context;
  const alone = context.standAlone.has(item.id);
  if (item.body.level === 'ambition') return alone ? texts.planAmbitionNoEvidence : texts.planAmbitionInherits;
  return alone ? texts.planNoEvidence : texts.planInherits;
}

function evidenceLine(context: PlanSectionContext, r: ResolvedLink): SafeHtml {
  const { texts, partnerName } = context;
  const state =
    r.state === 'suspect'
      ? html` <strong class="link-state">${texts.linkSuspect}</strong>`
      : r.state === 'dangling'
        ? html` <strong class="link-state">${texts.linkDangling}</strong>`
        : html``;
  const rationale = r.link.body.rationale === '' ? html`` : html` — ${isolated(r.link.body.rationale)}`;
  return html`${texts.planTargetKinds[r.link.body.toType]}: ${linkTarget(context, r)}${rationale} <span class="meta">(${texts.planLinkBy(partnerName(r.link.origin))})</span>${state}`;
}

function linkTarget(context: PlanSectionContext, r: ResolvedLink): SafeHtml {
  if (r.target === null) return html`${context.texts.missingRecord(r.link.body.toId)}`;
  return targetLabel(context, r.link.body.toId, r.link.body.toQuestion);
}

/** A baseline by its figure ("25,8 % — 65 jaar of ouder, Deurne, 2024"); a clip without one by its source. */
function baselineLabel(context: PlanSectionContext, id: string): SafeHtml {
  const record = context.analysis.plan.index.record(id);
  if (record?.type !== 'observation' || record.deleted || record.body === undefined) return targetLabel(context, id);
  const text = observationFigureText(record.body, context.analysis.regionAreas, context.language);
  return text === null ? targetLabel(context, id) : html`<a href="#${context.observationAnchor(id)}">${isolated(text)}</a>`;
}

function targetLabel(context: PlanSectionContext, id: string, question?: string): SafeHtml {
  const { texts, language, analysis } = context;
  const record = analysis.plan.index.record(id);
  if (record === undefined || record.deleted || record.body === undefined) return html`${texts.missingRecord(id)}`;
  switch (record.type) {
    case 'issue':
      return html`<a href="#${context.issueAnchor(id)}">${isolated(record.body.title)}</a>`;
    case 'observation':
      return html`<a href="#${context.observationAnchor(id)}">${isolated(record.body.source.title)}</a>`;
    case 'planItem':
      return html`<a href="#${planAnchor(id)}">${isolated(record.body.title)}</a>`;
    case 'surveyResponse': {
      const surveyId = record.body.survey.id;
      const survey = analysis.surveys.surveys.find((s) => s.surveyId === surveyId);
      // The survey and question as the program knows them; a name it does not know comes from the bundle.
      const surveyTitle = survey?.title[language] ?? isolated(surveyId);
      const questionTitle = survey?.questions.find((q) => q.question === question)?.title[language] ?? isolated(question ?? '');
      return texts.surveyFinding(surveyTitle, questionTitle, context.partnerName(record.origin));
    }
    default:
      return html`${texts.missingRecord(id)}`;
  }
}

function itemLink(context: PlanSectionContext, item: PlanItem): SafeHtml {
  return html`${context.texts.planLevels[item.body.level]} <a href="#${planAnchor(item.id)}">${isolated(item.body.title)}</a>`;
}

function linkLine(context: PlanSectionContext, r: ResolvedLink): SafeHtml {
  const from = r.from === null ? html`${context.texts.missingRecord(r.link.body.fromId)}` : itemLink(context, r.from);
  return html`${from} → ${context.texts.planTargetKinds[r.link.body.toType]}: ${linkTarget(context, r)}`;
}

function findings(context: PlanSectionContext): SafeHtml {
  const { texts, language, analysis } = context;
  const { coverage, index } = analysis.plan;
  // The heading counts them all; the list shows the first, as a finding of 300,000 links helps nobody.
  const finding = <T>(kind: string, heading: string, items: readonly T[], line: (item: T) => SafeHtml, note?: string): SafeHtml =>
    html`<div class="plan-finding" data-finding="${kind}"><h4>${heading} <span class="meta">(${String(items.length)})</span></h4>${note === undefined ? '' : html`<p class="meta">${note}</p>`}${items.length === 0 ? html`<p class="muted">${texts.findingNone}</p>` : html`<ul>${someListItems(items, (item) => html`<li>${line(item)}</li>`, language)}</ul>`}</div>`;
  const itemOf = (id: string): SafeHtml => {
    const item = index.item(id);
    return item === undefined ? html`${id}` : itemLink(context, item);
  };
  return html`<h3 id="${PLAN_HEADINGS.findings}">${texts.planFindings}</h3>
${finding('uncovered-top-issues', texts.findingUncovered, coverage.uncoveredTopIssues, (issue) => html`<a href="#${context.issueAnchor(issue.id)}">${isolated(issue.title)}</a>`, texts.findingUncoveredNote)}
${finding('stand-alone', texts.findingStandAlone, coverage.standAlone, (item) => itemLink(context, item))}
${finding('dangling', texts.findingDangling, coverage.dangling, (r) => linkLine(context, r))}
${finding('suspect', texts.findingSuspect, coverage.suspect, (r) => linkLine(context, r))}
${finding('no-owner', texts.findingNoOwner, coverage.actionsWithoutOwner, (item) => itemLink(context, item))}
${coverage.misfitParents.length === 0 ? '' : finding('misfit', texts.findingMisfit, coverage.misfitParents, (r) => linkLine(context, r))}
${coverage.cycles.length === 0 ? '' : finding('cycles', texts.findingCycles, coverage.cycles, (ids) => someJoined(ids, itemOf, ', ', language))}`;
}
