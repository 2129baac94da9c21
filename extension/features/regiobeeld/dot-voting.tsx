import { useEffect, useRef, useState } from 'preact/hooks';
import type { RegiobeeldAnalysis } from '../../../shared/regiobeeld/analyse.ts';
import { type DotVoteRound, dotsOf, type IgnoredReason } from '../../../shared/regiobeeld/dot-votes.ts';
import type { IssueSummary } from '../../../shared/regiobeeld/issue-summaries.ts';
import { countsAsPartner, type PartnerDirectory, type PartnerInfo } from '../../../shared/regiobeeld/partners.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { DOT_BUDGET, type IssueDots } from '../../../shared/schema/dot-vote.ts';
import { FieldError } from '../../components/form/field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { formatCalendarDay, formatCount } from '../../i18n/format.ts';
import { plural } from '../../i18n/plural.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import { chartGroupLabel } from './chart-texts.ts';
import type { DotVoteStore } from './dot-vote-store.ts';
import type { IssueActions } from './issue-actions.tsx';

/** Whether dots are typed in the entry and not saved, as the table last rendered: leaving the panel asks first. */
export interface TypedHere {
  current: boolean;
}

/** Who votes here: the store to write with and this installation's partner. */
export interface DotVoter {
  readonly store: DotVoteStore;
  /** This installation's partner id. */
  readonly self: string;
  /** The coordinator opens rounds and enters votes, and does not vote itself. */
  readonly coordinator: boolean;
}

/** What a view needs to let this installation vote with dots, or (the coordinator) open rounds and enter the partners' dots. */
export interface DotVoting extends DotVoter, Pick<IssueActions, 'busy' | 'run'> {}

/** The voter with the view's one-change-at-a-time runner; undefined where no voting is offered. */
export function dotVoting(voter: DotVoter | undefined, actions: Pick<IssueActions, 'busy' | 'run'>): DotVoting | undefined {
  return voter === undefined ? undefined : { ...voter, busy: actions.busy, run: actions.run };
}

const IGNORED_LABELS: Record<IgnoredReason, MessageKey> = {
  'not-the-voter': 'dotIgnored_not_the_voter',
  coordinator: 'dotIgnored_coordinator',
  'not-a-partner': 'dotIgnored_not_a_partner',
  'over-budget': 'dotIgnored_over_budget',
};

const nameOf = (partners: PartnerDirectory, id: string) => partners.of(id).organisation ?? t('regiobeeldUnknownPartner');

/** The partners who vote: every one with a partner record, not the coordinator. */
export function voters(partners: PartnerDirectory) {
  return partners.all.filter(countsAsPartner);
}

/**
 * What names each voter in the entry table: its organisation, or shown anonymously its domain,
 * numbered within the domain where it holds more than one voter ("Zorg 2").
 */
function voterNames(partners: PartnerDirectory, people: readonly PartnerInfo[], anonymous: boolean): (id: string) => string {
  if (!anonymous) return (id) => nameOf(partners, id);
  const names = new Map<string, string>();
  for (const domain of new Set(people.map((partner) => partner.domain))) {
    const within = people.filter((partner) => partner.domain === domain);
    within.forEach((partner, index) =>
      names.set(partner.id, within.length === 1 ? chartGroupLabel(domain) : t('dotVoterAnonymous', chartGroupLabel(domain), formatCount(index + 1))),
    );
  }
  return (id) => names.get(id) ?? t('regiobeeldUnknownPartner');
}

const dotsWord = (count: number) => plural(count, 'dotsOne', 'dotsOther');
const partnersWord = (count: number) => plural(count, 'dotVotersOne', 'dotVotersOther');

/** "6 stippen van 2 partners", or "–" for none: what stands beside an issue in the table and the agenda. */
export function dotsLabel(round: DotVoteRound, issueId: string): string {
  const found = dotsOf(round, issueId);
  return found === null ? t('dotsNone') : t('dotsCount', dotsWord(found.dots), partnersWord(found.voters));
}

/** "Zorg 3, Sociaal domein 1". */
function domainsText(parts: DotVoteRound['byDomain']): string {
  return parts.map((part) => `${chartGroupLabel(part.domain)} ${formatCount(part.dots)}`).join(', ');
}

/** What an issue got in the current round, as the session view shows it under the item. */
export function sessionDotsText(round: DotVoteRound, issueId: string): string {
  const found = dotsOf(round, issueId);
  if (found === null) return t('sessionDotsNone', round.name);
  return t('sessionDots', round.name, t('dotsCount', dotsWord(found.dots), partnersWord(found.voters)), domainsText(found.byDomain));
}

/** A typed number of dots: empty is none; anything but a whole number within the largest budget is null. */
function parseDots(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= DOT_BUDGET.max ? value : null;
}

/** Per voter, per issue, what was typed and not saved yet; everything else shows what is stored. */
type Typed = ReadonlyMap<string, ReadonlyMap<string, string>>;

interface VoterDraft {
  readonly voterId: string;
  /** What each issue shows: typed, else stored ('' for none). */
  readonly shown: (issueId: string) => string;
  readonly total: number;
  readonly invalid: boolean;
  /** Something typed differs from what is stored. */
  readonly changed: boolean;
  readonly dots: IssueDots[];
  /**
   * Stored dots on issues not listed here (not received yet): kept, and counted in the total. Dots
   * on a deleted issue are not among them: the round does not count them, so saving drops them.
   */
  readonly elsewhere: number;
}

/** The voter's dots as the round counts them, by issue id. */
function storedOf(round: DotVoteRound, voterId: string): ReadonlyMap<string, number> {
  return new Map((round.votes.find((vote) => vote.voterPartnerId === voterId)?.dots ?? []).map((entry) => [entry.issueId, entry.dots]));
}

function draftOf(round: DotVoteRound, typed: Typed, voterId: string, issues: readonly IssueSummary[]): VoterDraft {
  const stored = storedOf(round, voterId);
  const own = typed.get(voterId);
  const shown = (issueId: string) => own?.get(issueId) ?? (stored.has(issueId) ? String(stored.get(issueId)) : '');
  let total = 0;
  let invalid = false;
  const dots: IssueDots[] = [];
  for (const issue of issues) {
    const value = parseDots(shown(issue.id));
    if (value === null) invalid = true;
    else if (value > 0) {
      total += value;
      dots.push({ issueId: issue.id, dots: value });
    }
  }
  const listed = new Set(issues.map((issue) => issue.id));
  let elsewhere = 0;
  for (const [issueId, count] of stored) {
    if (listed.has(issueId)) continue;
    elsewhere += count;
    dots.push({ issueId, dots: count });
  }
  const changed = [...(own ?? [])].some(([issueId, text]) => parseDots(text) !== (stored.get(issueId) ?? 0));
  return { voterId, shown, total: total + elsewhere, invalid, changed, dots, elsewhere };
}

/** Why a voter's dots cannot be saved, in words naming the voter; '' when they can. */
function problemOf(draft: VoterDraft, budget: number, who: string | null): string {
  if (draft.invalid) return who === null ? t('dotsInvalidOwn', formatCount(budget)) : t('dotsInvalid', who, formatCount(budget));
  if (draft.total <= budget) return '';
  const excess = formatCount(draft.total - budget);
  return who === null
    ? t('dotsOverBudgetOwn', dotsWord(draft.total), formatCount(budget), excess)
    : t('dotsOverBudget', who, dotsWord(draft.total), formatCount(budget), excess);
}

/**
 * What was typed, per voter per issue. A typed value stays until the round shows it stored: cleared
 * on saving, the cell would show the old dots until the new analysis arrives.
 */
function useTyped(round: DotVoteRound | null) {
  const [typed, setTyped] = useState<Typed>(new Map());
  const type = (voterId: string, issueId: string, value: string) =>
    setTyped((held) => {
      const next = new Map(held);
      next.set(voterId, new Map(held.get(voterId) ?? []).set(issueId, value));
      return next;
    });
  useEffect(() => {
    if (round === null) return;
    setTyped((held) => {
      let next: Map<string, ReadonlyMap<string, string>> | undefined;
      for (const [voterId, own] of held) {
        const stored = storedOf(round, voterId);
        const left = new Map([...own].filter(([issueId, text]) => parseDots(text) !== (stored.get(issueId) ?? 0)));
        if (left.size === own.size) continue;
        next ??= new Map(held);
        if (left.size === 0) next.delete(voterId);
        else next.set(voterId, left);
      }
      return next ?? held;
    });
  }, [round]);
  return { typed, type };
}

/** Saves these voters' dots as one change, in one transaction: a vote per voter, replacing what it held. */
function saveDrafts(voting: DotVoting, round: DotVoteRound, drafts: readonly VoterDraft[], done: string): Promise<boolean> {
  return voting.run(
    () =>
      voting.store.votes(
        { name: round.name, budget: round.budget },
        drafts.map((draft) => ({ voterPartnerId: draft.voterId, dots: draft.dots })),
      ),
    done,
  );
}

/**
 * The coordinator's entry in the room: a table of the issues by the partners, a number of dots in
 * each cell, what each partner has left below, and one button that saves every partner changed.
 * Over budget is refused with a message naming the partner. Test ids: dot-entry, dot-cell
 * (data-voter, data-issue-id), dot-left (data-voter), dot-problem, dot-save.
 */
function DotEntryTable({
  analysis,
  round,
  voting,
  anonymous,
  typedHere,
}: {
  analysis: RegiobeeldAnalysis;
  round: DotVoteRound;
  voting: DotVoting;
  anonymous: boolean;
  typedHere: TypedHere;
}) {
  const { typed, type } = useTyped(round);
  const [refused, setRefused] = useState(false);
  const issues = analysis.issues.issues;
  const people = voters(analysis.partners);
  const { budget } = round;
  const name = voterNames(analysis.partners, people, anonymous);
  const drafts = people.map((partner) => draftOf(round, typed, partner.id, issues));
  typedHere.current = drafts.some((draft) => draft.changed);
  useEffect(
    () => () => {
      typedHere.current = false;
    },
    [typedHere],
  );
  const problems = drafts.map((draft) => problemOf(draft, budget, name(draft.voterId))).filter((problem) => problem !== '');
  const problemText = problems.length === 0 ? '' : refused ? t('dotsNotSaved', problems.join(' ')) : problems.join(' ');

  const save = async (event: Event) => {
    event.preventDefault();
    if (problems.length > 0) {
      setRefused(true);
      return;
    }
    setRefused(false);
    const changed = drafts.filter((draft) => draft.changed);
    if (changed.length > 0) await saveDrafts(voting, round, changed, t('dotsSaved', round.name));
  };

  if (people.length === 0) return <p class="empty">{t('dotsNoPartners')}</p>;
  return (
    <form noValidate onSubmit={(event) => void save(event)} data-testid="dot-entry">
      <div class="dot-table">
        <table class="records">
          <caption>{t('dotEntryCaption', dotsWord(budget))}</caption>
          <thead>
            <tr>
              <th scope="col">{t('issueColTitle')}</th>
              {people.map((partner) => (
                <th scope="col" key={partner.id}>
                  {name(partner.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => (
              <tr key={issue.id}>
                <th scope="row">{issue.title}</th>
                {drafts.map((draft) => (
                  <td key={draft.voterId}>
                    <input
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={budget}
                      step={1}
                      class="dots"
                      value={draft.shown(issue.id)}
                      aria-label={t('dotCellLabel', name(draft.voterId), issue.title)}
                      aria-invalid={problemOf(draft, budget, '') !== ''}
                      onInput={(event) => {
                        setRefused(false);
                        type(draft.voterId, issue.id, event.currentTarget.value);
                      }}
                      data-testid="dot-cell"
                      data-voter={draft.voterId}
                      data-issue-id={issue.id}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dotsLeftHeading')}</th>
              {drafts.map((draft) => (
                <td key={draft.voterId} class={draft.total > budget ? 'number over' : 'number'} data-testid="dot-left" data-voter={draft.voterId}>
                  {formatCount(budget - draft.total)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {/* Said aloud when a save is refused, not at every key typed. */}
      <p class="field-error" data-testid="dot-problem">
        {refused ? <span role="alert">{problemText}</span> : problemText}
      </p>
      <button type="submit" disabled={voting.busy} data-testid="dot-save">
        {t('dotsSave')}
      </button>
    </form>
  );
}

/** The round's result: dots per issue with their domains, how many partners voted, dots per domain, and every vote not counted. Test ids: dot-results, dot-result-row (data-issue-id), dot-summary, dot-domains, dot-ignored. */
export function DotRoundResults({ analysis, round, anonymous }: { analysis: RegiobeeldAnalysis; round: DotVoteRound; anonymous: boolean }) {
  const titles = new Map(analysis.issues.issues.map((issue) => [issue.id, issue.title]));
  const summary = plural(round.voters, 'dotRoundSummaryOne', 'dotRoundSummaryOther', partnersWord(voters(analysis.partners).length), dotsWord(round.dots));
  return (
    <div class="dot-results" data-testid="dot-results">
      <p data-testid="dot-summary">{summary}</p>
      {round.issues.length === 0 ? (
        <p class="empty">{t('dotsNoneYet')}</p>
      ) : (
        <table class="records">
          <thead>
            <tr>
              <th scope="col">{t('issueColTitle')}</th>
              <th scope="col">{t('dotsColDots')}</th>
              <th scope="col">{t('dotsColVoters')}</th>
              <th scope="col">{t('dotsColDomains')}</th>
            </tr>
          </thead>
          <tbody>
            {round.issues.map((issue) => (
              <tr key={issue.issueId} data-testid="dot-result-row" data-issue-id={issue.issueId}>
                <td>{titles.get(issue.issueId) ?? t('dotsUnknownIssue')}</td>
                <td class="number">{formatCount(issue.dots)}</td>
                <td class="number">{formatCount(issue.voters)}</td>
                <td>{domainsText(issue.byDomain)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {round.byDomain.length > 0 && <p data-testid="dot-domains">{t('dotsByDomain', domainsText(round.byDomain))}</p>}
      {round.ignored.length > 0 &&
        (anonymous ? (
          <p class="hint" data-testid="dot-ignored">
            {t('dotsIgnoredCount', plural(round.ignored.length, 'dotVotesOne', 'dotVotesOther'))}
          </p>
        ) : (
          <ul class="dot-ignored">
            {round.ignored.map((vote) => (
              <li key={vote.id} data-testid="dot-ignored">
                {t('dotIgnored', nameOf(analysis.partners, vote.voterPartnerId), nameOf(analysis.partners, vote.writtenBy), t(IGNORED_LABELS[vote.reason]))}
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}

/** The coordinator opens a round: its name (today's regiotafel by default) and the dots each partner spreads. Test ids: dot-round-form, dot-round-name, dot-round-budget, dot-round-open. */
function OpenRoundForm({ voting, today, held }: { voting: DotVoting; today: string; held: DotVoteRound | null }) {
  const [name, setName] = useState(held?.name ?? t('dotRoundDefaultName', formatCalendarDay(today)));
  const [budget, setBudget] = useState(String(held?.budget ?? DOT_BUDGET.default));
  const [problem, setProblem] = useState<{ field: 'name' | 'budget'; key: MessageKey } | undefined>(undefined);
  const open = async (event: Event) => {
    event.preventDefault();
    const round = name.trim().replace(/\s+/g, ' ');
    const dots = parseDots(budget);
    if (round === '') return setProblem({ field: 'name', key: 'dotRoundNameMissing' });
    if (dots === null || dots < DOT_BUDGET.min) return setProblem({ field: 'budget', key: 'dotRoundBudgetInvalid' });
    setProblem(undefined);
    await voting.run(() => voting.store.openRound({ name: round, budget: dots }), t('dotRoundOpened', round, dotsWord(dots)));
  };
  return (
    <form class="dot-round-form" noValidate onSubmit={(event) => void open(event)} data-testid="dot-round-form">
      <TextField
        id="dot-round-name"
        testId="dot-round-name"
        label={t('dotRoundName')}
        value={name}
        onChange={setName}
        maxLength={LIMITS.shortText}
        error={problem?.field === 'name' ? problem.key : undefined}
        errorTestId="dot-round-problem"
        errorAlert
      />
      <div class="field">
        <label for="dot-round-budget">{t('dotRoundBudget')}</label>
        <input
          id="dot-round-budget"
          type="number"
          inputMode="numeric"
          min={DOT_BUDGET.min}
          max={DOT_BUDGET.max}
          step={1}
          class="dots"
          value={budget}
          onInput={(event) => setBudget(event.currentTarget.value)}
          aria-invalid={problem?.field === 'budget'}
          aria-describedby={problem?.field === 'budget' ? 'dot-round-budget-error dot-round-budget-hint' : 'dot-round-budget-hint'}
          data-testid="dot-round-budget"
        />
        <p class="hint small" id="dot-round-budget-hint">
          {t('dotRoundBudgetHint', formatCount(DOT_BUDGET.min), formatCount(DOT_BUDGET.max))}
        </p>
        <FieldError id="dot-round-budget-error" error={problem?.field === 'budget' ? problem.key : undefined} testId="dot-round-problem" alert />
      </div>
      <button type="submit" disabled={voting.busy} data-testid="dot-round-open">
        {t('dotRoundOpen')}
      </button>
    </form>
  );
}

/**
 * "Stemmen met stippen" in the session view: the current round's result for everyone; for the
 * coordinator the form to open a round and the table to enter each partner's dots. Test ids:
 * dot-panel, dot-round (the round's name and budget), dot-new-round; see the forms and results.
 */
export function DotVotePanel({
  analysis,
  voting,
  today,
  anonymous,
  typedHere,
}: {
  analysis: RegiobeeldAnalysis;
  voting: DotVoting | undefined;
  today: string;
  anonymous: boolean;
  typedHere: TypedHere;
}) {
  const round = analysis.dotVotes.current;
  const coordinator = voting?.coordinator === true ? voting : undefined;
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A round opened re-renders its form elsewhere (in the details below): the focus it held would
  // fall to the page, where the session's keys no longer reach; it goes to the entry instead.
  useEffect(() => {
    const section = panel.current;
    if (section === null) return;
    const focused = section.ownerDocument.activeElement;
    if (focused !== null && focused !== section.ownerDocument.body && section.ownerDocument.contains(focused)) return;
    (section.querySelector<HTMLElement>('[data-testid="dot-cell"]') ?? heading.current)?.focus();
  }, [round?.name, round?.openedAt]);
  return (
    <section class="dot-panel" aria-labelledby="session-title" data-testid="dot-panel" ref={panel}>
      <h2 id="session-title" tabIndex={-1} ref={heading}>
        {t('dotPanelHeading')}
      </h2>
      {round === null ? (
        <p class="hint">{t(coordinator === undefined ? 'dotNoRound' : 'dotNoRoundCoordinator')}</p>
      ) : (
        <p class="session-kind" data-testid="dot-round">
          {t('dotRoundLine', round.name, dotsWord(round.budget))}
        </p>
      )}
      {coordinator !== undefined &&
        (round === null ? (
          <OpenRoundForm voting={coordinator} today={today} held={null} />
        ) : (
          <details class="outcome-form" data-testid="dot-new-round">
            <summary>{t('dotRoundNew')}</summary>
            <OpenRoundForm key={round.name} voting={coordinator} today={today} held={round} />
          </details>
        ))}
      {round !== null && coordinator !== undefined && (
        <DotEntryTable key={round.name} analysis={analysis} round={round} voting={coordinator} anonymous={anonymous} typedHere={typedHere} />
      )}
      {round !== null && (
        <>
          <h3>{t('dotResultsHeading')}</h3>
          <DotRoundResults analysis={analysis} round={round} anonymous={anonymous} />
        </>
      )}
    </section>
  );
}

/**
 * A partner spreads its own dots in the current round, on its own dashboard: a number per issue,
 * what it has left, and a save; what the coordinator entered for it shows until it changes it.
 * Test ids: own-dots, own-dot-cell (data-issue-id), own-dots-left, own-dots-problem, own-dots-save, own-dots-by.
 */
export function OwnDotVote({ analysis, voting }: { analysis: RegiobeeldAnalysis; voting: DotVoting }) {
  const round = analysis.dotVotes.current;
  const { typed, type } = useTyped(round);
  const [refused, setRefused] = useState(false);
  if (round === null || voting.coordinator) return null;
  const issues = analysis.issues.issues;
  const { budget } = round;
  const draft = draftOf(round, typed, voting.self, issues);
  const problem = problemOf(draft, budget, null);
  const held = round.votes.find((vote) => vote.voterPartnerId === voting.self);
  const save = async (event: Event) => {
    event.preventDefault();
    setRefused(problem !== '');
    if (problem !== '') return;
    if (draft.changed) await saveDrafts(voting, round, [draft], t('ownDotsSaved', round.name));
  };
  return (
    <form class="own-dots" noValidate onSubmit={(event) => void save(event)} data-testid="own-dots" aria-labelledby="own-dots-heading">
      <h3 id="own-dots-heading">{t('ownDotsHeading', round.name)}</h3>
      <p class="hint">{t('ownDotsIntro', dotsWord(budget))}</p>
      {held !== undefined && held.writtenBy !== voting.self && (
        <p class="hint small" data-testid="own-dots-by">
          {t('ownDotsEnteredBy', nameOf(analysis.partners, held.writtenBy))}
        </p>
      )}
      {draft.elsewhere > 0 && (
        <p class="hint small" data-testid="own-dots-elsewhere">
          {t('ownDotsElsewhere', dotsWord(draft.elsewhere))}
        </p>
      )}
      <ul class="own-dots-list">
        {issues.map((issue) => (
          <li key={issue.id}>
            <input
              id={`own-dots-${issue.id}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={budget}
              step={1}
              class="dots"
              value={draft.shown(issue.id)}
              aria-invalid={problem !== ''}
              onInput={(event) => {
                setRefused(false);
                type(voting.self, issue.id, event.currentTarget.value);
              }}
              data-testid="own-dot-cell"
              data-issue-id={issue.id}
            />{' '}
            <label for={`own-dots-${issue.id}`}>{issue.title}</label>
          </li>
        ))}
      </ul>
      <p data-testid="own-dots-left">{t('ownDotsLeft', dotsWord(budget - draft.total), formatCount(budget))}</p>
      <p class="field-error" data-testid="own-dots-problem">
        {problem === '' ? '' : refused ? <span role="alert">{t('dotsNotSaved', problem)}</span> : problem}
      </p>
      <button type="submit" disabled={voting.busy} data-testid="own-dots-save">
        {t('ownDotsSave')}
      </button>
    </form>
  );
}
