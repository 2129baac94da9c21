import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AgendaKind } from '../../../shared/regiobeeld/agenda.ts';
import type { RegiobeeldAnalysis } from '../../../shared/regiobeeld/analyse.ts';
import { issueDomainFigures } from '../../../shared/regiobeeld/issue-domains.ts';
import type { IssueSummary } from '../../../shared/regiobeeld/issue-summaries.ts';
import { formatCount, formatDecimal } from '../../i18n/format.ts';
import { plural } from '../../i18n/plural.ts';
import { t } from '../../i18n/t.ts';
import { AGENDA_LABELS } from './agenda-labels.ts';
import { chartGroupLabel, formatShare } from './chart-texts.ts';
import { DotVotePanel, type DotVoter, dotVoting, sessionDotsText, type TypedHere } from './dot-voting.tsx';
import { IssueActionStatus, useIssueActions } from './issue-actions.tsx';
import { type IssueRecording, IssueOutcomePanel } from './issue-outcome.tsx';
import { recognitionText, replyText } from './issue-recognition.tsx';
import type { OutcomeStore } from './outcome-store.ts';

/** Clips shown per agenda item: on a projector a few quotes are read, not a list. */
export const SESSION_EVIDENCE = 3;

interface SessionItem {
  readonly issue: IssueSummary;
  /** Why it is on the agenda; null for an issue the agenda does not name (no agenda yet). */
  readonly kind: AgendaKind | null;
}

/** The agenda in its order, each issue once; without an agenda every standing issue. */
export function sessionItems(analysis: RegiobeeldAnalysis): SessionItem[] {
  const byId = new Map(analysis.issues.issues.map((issue) => [issue.id, issue]));
  const seen = new Set<string>();
  const items: SessionItem[] = [];
  for (const item of analysis.agenda) {
    const issue = byId.get(item.issueId);
    if (issue === undefined || seen.has(issue.id)) continue;
    seen.add(issue.id);
    items.push({ issue, kind: item.kind });
  }
  return items.length > 0 ? items : analysis.issues.issues.map((issue) => ({ issue, kind: null }));
}

export interface SessionViewProps {
  readonly analysis: RegiobeeldAnalysis;
  readonly outcomes?: OutcomeStore | undefined;
  /** Voting with dots: the coordinator opens rounds and enters the partners' dots; without it the result only. */
  readonly votes?: DotVoter | undefined;
  readonly confirm: (question: string) => boolean;
  readonly today: string;
  readonly onClose: () => void;
}

/**
 * The regiotafel run from one screen, for a projector: one agenda item at a time in large type,
 * with its evidence, who recognises it per domain, the survey figures per domain and what the
 * table agreed, recorded on the spot. Arrow keys (or Page Up/Down) step, Home and End jump, Escape
 * closes; "anoniem tonen" hides who wrote what. "Stemmen met stippen" turns the screen to the
 * current voting round (dot-voting.tsx): its result, and for the coordinator the entry of every
 * partner's dots; Escape turns it back to the agenda, asking first when dots are typed and not
 * saved (a second Escape, or 'Weggooien', throws them away). Test ids: session-view,
 * session-position, session-kind, session-title, session-evidence, session-who,
 * session-domain-row, session-dots, session-next, session-previous, session-anonymous,
 * session-vote-mode, session-close, session-vote-discard (-confirm, -keep).
 */
export function SessionView({ analysis, outcomes, votes, confirm, today, onClose }: SessionViewProps) {
  const items = useMemo(() => sessionItems(analysis), [analysis]);
  const [at, setAt] = useState(0);
  const [anonymous, setAnonymous] = useState(false);
  const [voteMode, setVoteMode] = useState(false);
  const votesTyped = useRef<TypedHere>({ current: false }).current;
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const actions = useIssueActions();
  const recording: IssueRecording | undefined = outcomes === undefined ? undefined : { store: outcomes, confirm, busy: actions.busy, run: actions.run };
  const voting = dotVoting(votes, actions);
  const round = analysis.dotVotes.current;
  const position = Math.min(at, Math.max(0, items.length - 1));
  const item = items[position];

  useEffect(() => root.current?.focus(), []);
  useEffect(() => {
    if (askingToDiscard) keepRef.current?.focus();
  }, [askingToDiscard]);

  // Dots typed in the room are not thrown away by one stray key: a second Escape (or the button) confirms.
  const leaveVoteMode = () => {
    if (votesTyped.current && !askingToDiscard) {
      setAskingToDiscard(true);
      return;
    }
    setAskingToDiscard(false);
    setVoteMode(false);
    root.current?.focus();
  };

  const step = (to: number) => setAt(Math.max(0, Math.min(items.length - 1, to)));
  const onKeyDown = (event: KeyboardEvent) => {
    // Typing in the outcome's fields is typing, not stepping.
    const target = event.target;
    if (target instanceof HTMLElement && target.closest('input, textarea, select, button, summary') !== null && event.key !== 'Escape') return;
    // While voting the agenda stands still; Escape goes back to it rather than closing.
    if (voteMode) {
      if (event.key === 'Escape') {
        event.preventDefault();
        leaveVoteMode();
      }
      return;
    }
    const moves: Record<string, number> = {
      ArrowRight: position + 1,
      PageDown: position + 1,
      ArrowLeft: position - 1,
      PageUp: position - 1,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (Object.hasOwn(moves, event.key)) {
      event.preventDefault();
      step(moves[event.key] ?? position);
    }
  };
  const who = (partnerId: string) => (anonymous ? '' : ` (${analysis.partners.of(partnerId).organisation ?? t('regiobeeldUnknownPartner')})`);

  return (
    <div
      class="session"
      role="dialog"
      aria-modal="true"
      aria-labelledby="session-title"
      tabIndex={-1}
      ref={root}
      onKeyDown={onKeyDown}
      data-testid="session-view"
    >
      <div class="session-bar">
        <span data-testid="session-position">
          {items.length === 0 ? t('sessionEmpty') : t('sessionPosition', formatCount(position + 1), formatCount(items.length))}
        </span>
        <label class="choice">
          <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.currentTarget.checked)} data-testid="session-anonymous" />
          {t('sessionAnonymous')}
        </label>
        <button type="button" aria-pressed={voteMode} onClick={() => (voteMode ? leaveVoteMode() : setVoteMode(true))} data-testid="session-vote-mode">
          {t('sessionVoteMode')}
        </button>
        <button type="button" onClick={() => step(position - 1)} disabled={voteMode || position === 0} data-testid="session-previous">
          {t('sessionPrevious')}
        </button>
        <button type="button" onClick={() => step(position + 1)} disabled={voteMode || position >= items.length - 1} data-testid="session-next">
          {t('sessionNext')}
        </button>
        <button type="button" onClick={onClose} data-testid="session-close">
          {t('sessionClose')}
        </button>
      </div>
      <p class="hint">{t(voteMode ? 'sessionVoteKeys' : 'sessionKeys')}</p>
      <IssueActionStatus actions={actions} />
      {askingToDiscard && (
        <div class="sheet-discard" role="alertdialog" aria-labelledby="session-vote-discard-question" data-testid="session-vote-discard">
          <p id="session-vote-discard-question">{t('sessionVoteDiscardQuestion')}</p>
          <button type="button" onClick={leaveVoteMode} data-testid="session-vote-discard-confirm">
            {t('sessionVoteDiscardConfirm')}
          </button>
          <button
            type="button"
            class="primary"
            ref={keepRef}
            onClick={() => {
              setAskingToDiscard(false);
              root.current?.focus();
            }}
            data-testid="session-vote-discard-keep"
          >
            {t('sessionVoteDiscardKeep')}
          </button>
        </div>
      )}
      {voteMode ? (
        <DotVotePanel analysis={analysis} voting={voting} today={today} anonymous={anonymous} typedHere={votesTyped} />
      ) : item === undefined ? (
        <h2 id="session-title">{t('sessionEmpty')}</h2>
      ) : (
        <article aria-live="polite">
          {item.kind !== null && (
            <p class="session-kind" data-testid="session-kind">
              {t(AGENDA_LABELS[item.kind])}
            </p>
          )}
          <h2 id="session-title" data-testid="session-title">
            {item.issue.title}
          </h2>
          <p class="session-facts">
            {t(
              'agendaItemFacts',
              item.issue.priority === null ? '–' : formatCount(item.issue.priority.place),
              plural(item.issue.evidenceIds.length, 'countObservationOne', 'countObservationOther'),
            )}
          </p>
          {round !== null && (
            <p class="session-dots" data-testid="session-dots">
              {sessionDotsText(round, item.issue.id)}
            </p>
          )}
          <div class="session-columns">
            <section>
              <h3>{t('issueEvidenceHeading')}</h3>
              {item.issue.evidenceIds.length === 0 && <p class="empty">{t('issueEvidenceNone')}</p>}
              <ul class="session-evidence">
                {item.issue.evidenceIds.slice(0, SESSION_EVIDENCE).map((id) => {
                  const observation = analysis.observations.byId.get(id);
                  if (observation === undefined) return null;
                  return (
                    <li key={id} data-testid="session-evidence">
                      <blockquote>{observation.record.body.quote}</blockquote>
                      <p class="meta" data-testid="session-who">
                        {chartGroupLabel(observation.partner.domain)}
                        {who(observation.partner.id)}
                      </p>
                    </li>
                  );
                })}
              </ul>
            </section>
            <section>
              <h3>{t('sessionRecognition')}</h3>
              {item.issue.recognitions.recognised.length === 0 && item.issue.recognitions.notRecognised.length === 0 && (
                <p class="empty">{t('recognitionNone')}</p>
              )}
              {item.issue.recognitions.recognised.length > 0 && (
                <p>{t('recognisedBy', item.issue.recognitions.recognised.map((r) => recognitionText(r, analysis.partners, anonymous)).join(', '))}</p>
              )}
              {item.issue.recognitions.notRecognised.map((r) => (
                <p key={r.id}>{t('notRecognisedBy', recognitionText(r, analysis.partners, anonymous))}</p>
              ))}
              {[...item.issue.recognitions.recognised, ...item.issue.recognitions.notRecognised].flatMap((r) =>
                r.replies.map((reply) => (
                  <p key={reply.id} data-testid="session-reply">
                    {replyText(reply, r, analysis.partners, anonymous)}
                  </p>
                )),
              )}
              <h3>{t('sessionDomains')}</h3>
              <table class="records">
                <tbody>
                  {issueDomainFigures(item.issue, analysis.surveys).map((row) => (
                    <tr key={row.domain} data-testid="session-domain-row" data-domain={row.domain}>
                      <th scope="row">{chartGroupLabel(row.domain)}</th>
                      <td class="number">{row.offeredTo === 0 ? t('issueDomainNotOffered') : formatShare(row.score)}</td>
                      <td class="number">{row.medianRank === null ? '–' : formatDecimal(row.medianRank)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
          <IssueOutcomePanel
            key={item.issue.id}
            issue={item.issue}
            partners={analysis.partners}
            planItems={analysis.plan.index.items}
            today={today}
            recording={recording}
          />
        </article>
      )}
    </div>
  );
}
