import { useState } from 'preact/hooks';
import type { DuplicateSuggestion } from '../../../shared/regiobeeld/duplicate-issues.ts';
import type { IssueSummary } from '../../../shared/regiobeeld/issue-summaries.ts';
import type { PartnerDirectory } from '../../../shared/regiobeeld/partners.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import { SelectField } from '../../components/form/select-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { formatCount } from '../../i18n/format.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import { useWindow } from '../../ui/use-window.ts';
import type { IssueActions } from './issue-actions.tsx';
import type { IssueMergeStore } from './issue-merge-store.ts';

/** Suggestions shown at first and added per "show more". */
export const SUGGESTION_STEP = 5;

/** What the issue table needs to merge: the store, and one change at a time (`IssueActions`). */
export interface IssueMerging extends Pick<IssueActions, 'busy' | 'run'> {
  readonly store: IssueMergeStore;
}

function merge(merging: IssueMerging, issue: { id: RecordId; title: string }, into: { id: RecordId; title: string }, reason: string): Promise<boolean> {
  return merging.run(() => merging.store.merge(issue.id, into.id, reason), t('mergeDone', issue.title, into.title));
}

/**
 * The issues merged into this one (also through another merged one), each still readable with who
 * raised it, and each merge undoable. Test ids: merged-issue (data-issue-id), merge-undo.
 */
export function MergedIssueList({ issue, partners, merging }: { issue: IssueSummary; partners: PartnerDirectory; merging: IssueMerging | undefined }) {
  if (issue.mergedIssues.length === 0) return null;
  const undo = (merged: IssueSummary['mergedIssues'][number]) => void merging?.run(() => merging.store.undo(merged.id), t('mergeUndone', merged.title));
  return (
    <ul class="merged-issues">
      {issue.mergedIssues.map((merged) => (
        <li key={merged.id} data-testid="merged-issue" data-issue-id={merged.id}>
          {t('mergedIssueLine', merged.title, partners.of(merged.partnerId).organisation ?? t('regiobeeldUnknownPartner'))}{' '}
          {merging !== undefined && (
            <button
              type="button"
              class="quiet"
              disabled={merging.busy}
              onClick={() => undo(merged)}
              data-testid="merge-undo"
              aria-label={t('mergeUndoLabel', merged.title)}
            >
              {t('mergeUndo')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Merges this issue into another standing one, with an optional reason, opened on request.
 * Test ids: merge-form (data-issue-id), merge-into, merge-reason, merge-submit.
 */
export function IssueMergeForm({ issue, issues, merging }: { issue: IssueSummary; issues: readonly IssueSummary[]; merging: IssueMerging }) {
  // The form, with a choice of every other issue, is built on the first opening only: a list of
  // many issues would otherwise hold as many choices as the square of its length.
  const [opened, setOpened] = useState(false);
  if (issues.length < 2) return null;
  return (
    <details class="merge-form" onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary>{t('mergeOpen')}</summary>
      {opened && <MergeFormBody issue={issue} issues={issues} merging={merging} />}
    </details>
  );
}

function MergeFormBody({ issue, issues, merging }: { issue: IssueSummary; issues: readonly IssueSummary[]; merging: IssueMerging }) {
  const others = issues.filter((other) => other.id !== issue.id);
  const [into, setInto] = useState('');
  const [reason, setReason] = useState('');
  const [unchosen, setUnchosen] = useState(false);
  const chosen = others.find((other) => other.id === into);
  const submit = async (event: Event) => {
    event.preventDefault();
    setUnchosen(chosen === undefined);
    if (chosen !== undefined && (await merge(merging, issue, chosen, reason))) setReason('');
  };
  const fieldId = `merge-${issue.id}`;
  return (
    <form onSubmit={(event) => void submit(event)} data-testid="merge-form" data-issue-id={issue.id}>
      <p class="hint small">{t('mergeIntro', issue.title)}</p>
      <SelectField
        id={`${fieldId}-into`}
        testId="merge-into"
        label={t('mergeInto')}
        value={into}
        onChange={setInto}
        options={[{ value: '', label: t('mergeIntoNone') }, ...others.map((other) => ({ value: other.id, label: other.title }))]}
        error={unchosen ? 'mergeChooseFirst' : undefined}
        errorTestId="merge-into-error"
      />
      <TextField
        id={`${fieldId}-reason`}
        testId="merge-reason"
        label={t('mergeReason')}
        hint={t('mergeReasonHint')}
        value={reason}
        onChange={setReason}
        maxLength={LIMITS.longText}
        rows={2}
      />
      <button type="submit" disabled={merging.busy} data-testid="merge-submit">
        {t('mergeSubmit')}
      </button>
    </form>
  );
}

const REASON_TEXT: Record<DuplicateSuggestion['reasons'][number], MessageKey> = {
  'similar-title': 'duplicateSimilarTitle',
  'shared-evidence': 'duplicateSharedEvidence',
};

/**
 * Standing issues that may be one, strongest first, each with a button that merges the one with
 * less evidence into the other. Test ids: duplicate-suggestions, duplicate-suggestion (data-issue-id,
 * data-into-id), duplicate-merge, duplicate-more.
 */
export function DuplicateSuggestions({
  suggestions,
  issues,
  merging,
}: {
  suggestions: readonly DuplicateSuggestion[];
  issues: readonly IssueSummary[];
  merging: IssueMerging;
}) {
  const shown = useWindow(suggestions, SUGGESTION_STEP);
  if (suggestions.length === 0) return null;
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  return (
    <div class="duplicate-suggestions" data-testid="duplicate-suggestions">
      <h4>{t('duplicatesHeading')}</h4>
      <p class="hint small">{t('duplicatesIntro')}</p>
      <ul>
        {shown.shown.map((suggestion) => {
          const issue = byId.get(suggestion.issueId);
          const into = byId.get(suggestion.intoId);
          if (issue === undefined || into === undefined) return null;
          const why = suggestion.reasons
            .map((reason) => (reason === 'shared-evidence' ? t(REASON_TEXT[reason], formatCount(suggestion.sharedEvidence)) : t(REASON_TEXT[reason])))
            .join('; ');
          return (
            <li key={`${issue.id} ${into.id}`} data-testid="duplicate-suggestion" data-issue-id={issue.id} data-into-id={into.id}>
              {t('duplicatePair', issue.title, into.title)} <span class="hint">({why})</span>{' '}
              <button type="button" disabled={merging.busy} onClick={() => void merge(merging, issue, into, '')} data-testid="duplicate-merge">
                {t('duplicateMerge', issue.title, into.title)}
              </button>
            </li>
          );
        })}
      </ul>
      {shown.rest > 0 && (
        <button type="button" class="quiet" onClick={shown.more} data-testid="duplicate-more">
          {t('duplicatesMore', formatCount(Math.min(SUGGESTION_STEP, shown.rest)), formatCount(shown.rest))}
        </button>
      )}
    </div>
  );
}
