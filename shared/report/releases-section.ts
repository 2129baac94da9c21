import type { RegiobeeldAnalysis } from '../regiobeeld/analyse.ts';
import { LIMITS } from '../limits.ts';
import { noDifference, type Release, releaseDifference } from '../regiobeeld/releases.ts';
import type { IssueStatus } from '../schema/issue-outcome.ts';
import { someJoined, someListItems } from './capped-lists.ts';
import { html, isolated, type SafeHtml } from './html.ts';
import { reportNumber } from './survey-figures.ts';
import type { ReportLanguage, ReportTexts } from './texts.ts';

export interface ReleasesSectionContext {
  readonly texts: ReportTexts;
  readonly language: ReportLanguage;
  readonly analysis: RegiobeeldAnalysis;
  /** The partner's name, isolated as every bundle text is. */
  readonly partnerName: (id: string) => SafeHtml;
  /** A calendar day as the report writes dates. */
  readonly day: (calendarDay: string) => string;
}

/**
 * "Versies": the newest released version with its akkoord (who did, who not yet) and its
 * difference from the version before, then the earlier versions by name and day.
 */
export function releasesSectionBody(context: ReleasesSectionContext): SafeHtml {
  const { texts, language, analysis } = context;
  const [newest, previous, ...rest] = analysis.releases.releases;
  if (newest === undefined) return html`<p class="muted">${texts.releasesEmpty}</p>`;
  const { approvals, waiting, body } = newest;
  const who = (id: string) => html`${context.partnerName(id)} (${texts.domains[analysis.partners.of(id).domain]})`;
  const approved =
    approvals.length === 0
      ? html``
      : html`<p>${texts.releaseApprovedBy}: ${someJoined(approvals, (approval) => html`${who(approval.partnerId)}${approval.remark === '' ? '' : html`: “${isolated(approval.remark)}”`}`, '; ', language)}</p>`;
  const notYet = waiting.length === 0 ? html`` : html`<p>${texts.releaseWaiting}: ${someJoined(waiting, (partner) => who(partner.id), '; ', language)}</p>`;
  const earlier = [previous, ...rest].filter((release): release is Release => release !== undefined);
  return html`<p class="release" data-release-id="${newest.id}">${texts.releaseNewest(isolated(body.name), context.day(body.releasedOn), body.digest.slice(0, 12))}</p>${body.note === '' ? '' : html`<p>${isolated(body.note)}</p>`}
<p>${texts.releaseAkkoord(reportNumber(approvals.length, language), approvals.length + waiting.length)}</p>${approved}${notYet}
${previous === undefined ? html`<p class="muted">${texts.releaseFirst}</p>` : differenceBody(context, previous, newest)}
${earlier.length === 0 ? '' : html`<h3>${texts.releaseEarlier}</h3><ul>${someListItems(earlier, (release) => html`<li>${isolated(release.body.name)} · ${context.day(release.body.releasedOn)} · ${release.body.digest.slice(0, 12)}</li>`, language)}</ul>`}`;
}

function differenceBody(context: ReleasesSectionContext, previous: Release, newest: Release): SafeHtml {
  const { texts, language } = context;
  const difference = releaseDifference(previous.body, newest.body);
  const partial = difference.partial
    ? html`<p class="muted">${texts.releaseDifferencePartial(LIMITS.releasedIssues, reportNumber(previous.body.issueCount, language), reportNumber(newest.body.issueCount, language))}</p>`
    : html``;
  const heading = html`<h3>${texts.releaseSincePrevious(isolated(previous.body.name))}</h3>${partial}`;
  if (noDifference(difference)) return html`${heading}<p class="muted">${texts.releaseNoDifference}</p>`;
  const status = (value: IssueStatus | null) => (value === null ? texts.diffNoStatus : texts.statuses[value]);
  const place = (value: number | null) => (value === null ? texts.none : reportNumber(value, language));
  const part = <T>(kind: string, title: string, items: readonly T[], line: (item: T) => SafeHtml) =>
    items.length === 0
      ? html``
      : html`<div class="release-change" data-change="${kind}"><h4>${title} (${reportNumber(items.length, language)})</h4><ul>${someListItems(items, (item) => html`<li>${line(item)}</li>`, language)}</ul></div>`;
  return html`${heading}${part('added', texts.diffAdded, difference.added, (issue) => html`${isolated(issue.title)}`)}${part('removed', texts.diffRemoved, difference.removed, (issue) => html`${isolated(issue.title)} (${issue.mergedInto === null ? texts.diffDeleted : texts.diffMergedInto(isolated(issue.mergedInto.title))})`)}${part('changed', texts.diffChanged, difference.changed, (change) => html`${isolated(change.title)}: ${change.titleBefore === null ? '' : html`${texts.diffTitleBefore(isolated(change.titleBefore))}${change.statusBefore === change.status ? '' : '; '}`}${change.statusBefore === change.status ? '' : texts.diffStatus(status(change.statusBefore), status(change.status))}`)}${part('places', texts.diffPlaces, difference.places, (change) => html`${isolated(change.title)}: ${texts.diffPlace(place(change.before), place(change.after))}`)}${part('evidence', texts.diffEvidence, difference.evidence, (change) => html`${isolated(change.title)}: ${texts.diffEvidenceCount(reportNumber(change.before, language), change.after)}`)}`;
}
