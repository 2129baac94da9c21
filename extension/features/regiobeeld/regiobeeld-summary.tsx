import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { AGENDA_KINDS } from '../../../shared/regiobeeld/agenda.ts';
import type { RegiobeeldAnalysis } from '../../../shared/regiobeeld/analyse.ts';
import { sharedIssueList } from '../../../shared/records/published-settings.ts';
import type { RegionOverview } from '../../../shared/regiobeeld/overview.ts';
import type { DomainKey } from '../../../shared/survey/answers.ts';
import { formatCount, formatDecimal } from '../../i18n/format.ts';
import { DOMAIN_LABELS } from '../../i18n/labels.ts';
import { plural } from '../../i18n/plural.ts';
import { t } from '../../i18n/t.ts';
import { restingItems } from '../plan/index.ts';
import { RestingPlanItems } from '../plan/index.ts';
import { AGENDA_LABELS } from './agenda-labels.ts';
import { SessionView } from './session-view.tsx';
import { type DotVoter, dotVoting, dotsLabel, OwnDotVote } from './dot-voting.tsx';
import { IssueDetails } from './issue-details.tsx';
import type { IssueMergeStore } from './issue-merge-store.ts';
import { IssueActionStatus, useIssueActions } from './issue-actions.tsx';
import { DuplicateSuggestions, IssueMergeForm, type IssueMerging, MergedIssueList } from './issue-merging.tsx';
import { type IssueRecognising, RecognitionPanel, type RecognitionReplying } from './issue-recognition.tsx';
import type { RecognitionStore } from './recognition-store.ts';
import type { ReplyStore } from './reply-store.ts';
import { type IssueRecording, IssueOutcomePanel } from './issue-outcome.tsx';
import type { OutcomeStore } from './outcome-store.ts';
import { localDay } from '../../ui/local-day.ts';

const domainLabel = (domain: DomainKey) => t(domain === 'unknown' ? 'domain_unknown' : DOMAIN_LABELS[domain]);

function decimal(value: number | null): string {
  return value === null ? '–' : formatDecimal(value);
}

/** "52 waarnemingen, 10 knelpunten, 5 ingevulde vragenlijsten", naming surveys not yet completed apart. */
function countsText(overview: RegionOverview): string {
  const busy = overview.counts.surveyResponse - overview.completedResponses;
  const counts = [
    plural(overview.counts.observation, 'countObservationOne', 'countObservationOther'),
    plural(overview.counts.issue, 'countIssueOne', 'countIssueOther'),
    plural(overview.completedResponses, 'countCompletedResponseOne', 'countCompletedResponseOther'),
  ] as const;
  return busy > 0 ? t('regiobeeldCountsWithBusy', ...counts, formatCount(busy)) : t('regiobeeldCounts', ...counts);
}

export interface RegiobeeldSummaryProps {
  /** Undefined while the records are read and analysed. */
  readonly analysis: RegiobeeldAnalysis | undefined;
  /** Shown until the analysis is there: the stored overview, only when made from the records as they are now. */
  readonly overview?: RegionOverview | undefined;
  /** What can be done with the picture: shown under the counts once the analysis is there. */
  readonly children?: ComponentChildren;
  /** Merging issues: offered where a store to write the merges is given (the dashboard). */
  readonly merges?: IssueMergeStore | undefined;
  /** Saying "herken ik": offered where a store and this partner (`self`) are given; not to the coordinator. */
  readonly recognitions?: { readonly store: RecognitionStore; readonly self: string } | undefined;
  /** Replying to another partner's word: offered where a store and this partner (`self`) are given; to the coordinator too. */
  readonly replies?: { readonly store: ReplyStore; readonly self: string } | undefined;
  /** Recording what the regiotafel agreed: offered where a store is given. */
  readonly outcomes?: OutcomeStore | undefined;
  /** Voting with dots: a partner spreads its own in the current round, the coordinator opens rounds and enters them in the session view. */
  readonly votes?: DotVoter | undefined;
  /** Asks before a removal (an afspraak); the browser's dialog by default. */
  readonly confirm?: (question: string) => boolean;
  /** Today where the partner is ("2027-04-01"), for overdue afspraken; by default the computer's. */
  readonly today?: string;
}

/**
 * The merged picture of every record this installation holds: who contributed, the generated
 * gespreksagenda and the issues with their evidence and survey priority (shared/regiobeeld).
 * Until the analysis is done, the overview alone with a status saying it is being brought up to date.
 * Test ids: regiobeeld-summary, regiobeeld-counts, regiobeeld-updating, agenda-group (data-kind), agenda-item
 * (data-issue-id), issue-row (data-issue-id), issue-not-shared, issues-status, issues-failure; each issue's drill-down is described in
 * issue-details.tsx, merging in issue-merging.tsx, recognising in issue-recognition.tsx.
 */
export function RegiobeeldSummary({
  analysis,
  overview,
  children,
  merges,
  recognitions,
  replies,
  outcomes,
  votes,
  confirm = (question) => globalThis.confirm(question),
  today = localDay(new Date()),
}: RegiobeeldSummaryProps) {
  const figures = analysis?.overview ?? overview;
  return (
    <section class="card regiobeeld" aria-labelledby="regiobeeld-heading" data-testid="regiobeeld-summary">
      <h2 id="regiobeeld-heading">{t('regiobeeldHeading')}</h2>
      <p class="hint">{t('regiobeeldIntro')}</p>
      {figures !== undefined && (
        <>
          <p data-testid="regiobeeld-counts">{countsText(figures)}</p>
          <ul class="partner-domains">
            {figures.partnersByDomain.map(({ domain, partners: inDomain }) => (
              <li key={domain}>
                <strong>{domainLabel(domain)}</strong>: {inDomain.map((partner) => partner.organisation ?? t('regiobeeldUnknownPartner')).join(', ')}
              </li>
            ))}
            {figures.coordinators.length > 0 && (
              <li data-testid="regiobeeld-coordinators">
                <strong>{t('regiobeeldCoordinators')}</strong>:{' '}
                {figures.coordinators.map((partner) => partner.organisation ?? t('regiobeeldUnknownPartner')).join(', ')}
              </li>
            )}
          </ul>
        </>
      )}
      {analysis === undefined ? (
        <p class="status" role="status" data-testid="regiobeeld-updating">
          {t('regiobeeldUpdating')}
        </p>
      ) : (
        <RegiobeeldDetails
          analysis={analysis}
          merges={merges}
          recognitions={recognitions}
          replies={replies}
          outcomes={outcomes}
          votes={votes}
          confirm={confirm}
          today={today}
        >
          {children}
        </RegiobeeldDetails>
      )}
    </section>
  );
}

/** The downloads, the gespreksagenda and the issues: what needs the whole analysis. */
function RegiobeeldDetails({
  analysis,
  children,
  merges,
  recognitions,
  replies,
  outcomes,
  votes,
  confirm,
  today,
}: {
  readonly analysis: RegiobeeldAnalysis;
  readonly children?: ComponentChildren;
  readonly merges: IssueMergeStore | undefined;
  readonly recognitions: RegiobeeldSummaryProps['recognitions'];
  readonly replies: RegiobeeldSummaryProps['replies'];
  readonly outcomes: OutcomeStore | undefined;
  readonly votes: DotVoter | undefined;
  readonly confirm: (question: string) => boolean;
  readonly today: string;
}) {
  const { agenda, issues, partners } = analysis;
  const shared = sharedIssueList(analysis.settings.published);
  const resting = useMemo(() => restingItems(analysis.plan), [analysis.plan]);
  const actions = useIssueActions();
  const [session, setSession] = useState(false);
  const sessionButton = useRef<HTMLButtonElement>(null);
  const merging: IssueMerging | undefined = merges === undefined ? undefined : { store: merges, busy: actions.busy, run: actions.run };
  const recognising: IssueRecognising | undefined =
    recognitions === undefined ? undefined : { store: recognitions.store, self: recognitions.self, busy: actions.busy, run: actions.run };
  const replying: RecognitionReplying | undefined =
    replies === undefined ? undefined : { store: replies.store, self: replies.self, busy: actions.busy, run: actions.run };
  const recording: IssueRecording | undefined = outcomes === undefined ? undefined : { store: outcomes, confirm, busy: actions.busy, run: actions.run };
  const voting = dotVoting(votes, actions);
  // The current voting round's dots stand beside every issue, in the agenda and the table.
  const round = analysis.dotVotes.current;
  return (
    <>
      {children}

      <h3 id="agenda-heading">{t('agendaHeading')}</h3>
      <div class="row">
        <button type="button" ref={sessionButton} onClick={() => setSession(true)} data-testid="session-start">
          {t('sessionStart')}
        </button>
        <span class="hint small">{t('sessionStartHint')}</span>
      </div>
      {session && (
        <SessionView
          analysis={analysis}
          outcomes={outcomes}
          votes={votes}
          confirm={confirm}
          today={today}
          onClose={() => {
            setSession(false);
            // Back where the partner started the session, not at the top of the page.
            queueMicrotask(() => sessionButton.current?.focus());
          }}
        />
      )}
      {agenda.length === 0 ? (
        <p class="empty">{t('agendaEmpty')}</p>
      ) : (
        AGENDA_KINDS.map((kind) => {
          const items = agenda.filter((item) => item.kind === kind);
          if (items.length === 0) return null;
          return (
            <div key={kind} data-testid="agenda-group" data-kind={kind}>
              <h4>{t(AGENDA_LABELS[kind])}</h4>
              <ol>
                {items.map((item) => (
                  <li key={item.issueId} data-testid="agenda-item" data-issue-id={item.issueId}>
                    {item.title}{' '}
                    <span class="hint">
                      (
                      {t(
                        'agendaItemFacts',
                        item.priority === null ? '–' : formatCount(item.priority.place),
                        plural(item.evidenceIds.length, 'countObservationOne', 'countObservationOther'),
                      )}
                      {round !== null && ` · ${t('agendaItemDots', dotsLabel(round, item.issueId))}`})
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          );
        })
      )}

      <h3 id="issues-heading">{t('issuesHeading')}</h3>
      {(merging !== undefined || recognising !== undefined || replying !== undefined || recording !== undefined || voting !== undefined) && (
        <IssueActionStatus actions={actions} />
      )}
      {voting !== undefined && <OwnDotVote analysis={analysis} voting={voting} />}
      {merging !== undefined && <DuplicateSuggestions suggestions={analysis.duplicates} issues={issues.issues} merging={merging} />}
      {issues.issues.length === 0 ? (
        <p class="empty">{t('issuesEmpty')}</p>
      ) : (
        <table class="records">
          <thead>
            <tr>
              <th scope="col">{t('issueColTitle')}</th>
              <th scope="col">{t('issueColEvidence')}</th>
              <th scope="col">{t('issueColDomains')}</th>
              <th scope="col">{t('issueColPlace')}</th>
              <th scope="col">{t('issueColMeanRank')}</th>
              <th scope="col">{t('issueColConsensus')}</th>
              {round !== null && <th scope="col">{t('issueColDots')}</th>}
            </tr>
          </thead>
          <tbody>
            {issues.issues.map((issue) => (
              <Fragment key={issue.id}>
                <tr data-testid="issue-row" data-issue-id={issue.id}>
                  <td>
                    {issue.title}
                    {shared !== undefined && !shared.has(issue.id) && ' '}
                    {shared !== undefined && !shared.has(issue.id) && (
                      <span class="tag" data-testid="issue-not-shared">
                        {t('issueNotShared')}
                      </span>
                    )}
                    <MergedIssueList issue={issue} partners={partners} merging={merging} />
                    <RecognitionPanel
                      targetType="issue"
                      targetId={issue.id}
                      title={issue.title}
                      recognitions={issue.recognitions}
                      partners={partners}
                      recognising={recognising}
                      replying={replying}
                    />
                    <RestingPlanItems items={resting.get(issue.id)} />
                  </td>
                  <td>{formatCount(issue.evidenceIds.length)}</td>
                  <td>{issue.raisedBy.map((id) => partners.of(id).organisation ?? t('regiobeeldUnknownPartner')).join(', ')}</td>
                  <td>{issue.priority === null ? '–' : formatCount(issue.priority.place)}</td>
                  <td>{decimal(issue.priority?.meanRank ?? null)}</td>
                  <td>{t(issue.priority?.consensus === true ? 'consensusYes' : issue.priority?.consensus === false ? 'consensusNo' : 'consensusUnknown')}</td>
                  {round !== null && <td data-testid="issue-dots">{dotsLabel(round, issue.id)}</td>}
                </tr>
                <tr class="issue-detail-row">
                  <td colSpan={round === null ? 6 : 7}>
                    <IssueOutcomePanel issue={issue} partners={partners} planItems={analysis.plan.index.items} today={today} recording={recording} />
                    <IssueDetails issue={issue} analysis={analysis} observations={analysis.observations.byId} recognising={recognising} replying={replying} />
                    {merging !== undefined && <IssueMergeForm issue={issue} issues={issues.issues} merging={merging} />}
                  </td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
