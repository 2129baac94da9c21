import { useRef, useState } from 'preact/hooks';
import { storeFailureText } from '../../i18n/store-failure-text.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import { DotVoteRefused } from './dot-vote-store.ts';
import { IssueMergeRefused } from './issue-merge-store.ts';
import { OutcomeRefused } from './outcome-store.ts';
import { RecognitionRefused } from './recognition-store.ts';
import { ReplyRefused } from './reply-store.ts';

/** One change at a time to the issues (a merge, its undoing, a recognition), and what it came to. */
export interface IssueActions {
  /** True while a change is being written: the buttons wait, so a second click is no second change. */
  readonly busy: boolean;
  /** Runs one change unless another runs; says `done` when it is stored, or why not. True when stored. */
  readonly run: (work: () => Promise<unknown>, done: string) => Promise<boolean>;
  readonly done: string;
  readonly failed: string;
}

const MERGE_REFUSALS: Record<IssueMergeRefused['code'], MessageKey> = {
  'not-found': 'mergeRefusedNotFound',
  'same-issue': 'mergeRefusedSameIssue',
  'already-merged': 'mergeRefusedAlreadyMerged',
  'not-merged': 'mergeRefusedNotMerged',
};

const DOT_REFUSALS: Record<DotVoteRefused['code'], MessageKey> = {
  'not-coordinator': 'dotRefused_not_coordinator',
  'voter-not-found': 'dotRefused_voter_not_found',
  'issue-not-found': 'dotRefused_issue_not_found',
  'over-budget': 'dotRefused_over_budget',
};

const REPLY_REFUSALS: Record<ReplyRefused['code'], MessageKey> = {
  'not-found': 'replyRefusedNotFound',
  own: 'replyRefusedOwn',
  'not-said': 'replyRefusedNotSaid',
};

export function issueActionFailure(error: unknown): string {
  if (error instanceof DotVoteRefused) return t(DOT_REFUSALS[error.code]);
  if (error instanceof IssueMergeRefused) return t(MERGE_REFUSALS[error.code]);
  if (error instanceof OutcomeRefused) return t(error.code === 'not-found' ? 'agreementGone' : 'outcomeFailedNotFound');
  if (error instanceof ReplyRefused) return t(REPLY_REFUSALS[error.code]);
  if (error instanceof RecognitionRefused) return t(error.code === 'not-found' ? 'recognitionGone' : 'recognitionNotSaid');
  console.error(error);
  return storeFailureText(error, 'recognitionFailed');
}

export function useIssueActions(): IssueActions {
  const [status, setStatus] = useState({ done: '', failed: '' });
  const [busy, setBusy] = useState(false);
  // Also between a click and the render that disables the buttons.
  const running = useRef(false);
  return {
    busy,
    ...status,
    run: async (work, done) => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setStatus({ done: '', failed: '' });
      try {
        await work();
        setStatus({ done, failed: '' });
        return true;
      } catch (error) {
        setStatus({ done: '', failed: issueActionFailure(error) });
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
  };
}

/** Where the outcome of the last change is said: always in the page, so a screen reader announces what is written into it. Test ids: issues-status, issues-failure. */
export function IssueActionStatus({ actions }: { actions: IssueActions }) {
  return (
    <>
      <p class="status" role="status" data-testid="issues-status">
        {actions.done}
      </p>
      <p class="field-error" role="alert" data-testid="issues-failure">
        {actions.failed}
      </p>
    </>
  );
}
