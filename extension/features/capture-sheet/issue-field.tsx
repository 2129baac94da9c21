import { LIMITS } from '../../../shared/limits.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import type { LiveRecord } from '../../../shared/schema/record.ts';
import { t } from '../../i18n/t.ts';
import type { SheetErrors } from './sheet-input.ts';
import { TextField } from '../../components/form/text-field.tsx';

export interface IssueFieldProps {
  readonly issues: ReadonlyArray<LiveRecord<'issue'>>;
  /** The region's shared issue list, when the coordinator published one. */
  readonly sharedIssueIds?: ReadonlySet<RecordId> | undefined;
  readonly linked: readonly RecordId[];
  readonly onLinkedChange: (linked: readonly RecordId[]) => void;
  readonly newTitle: string;
  readonly onNewTitleChange: (title: string) => void;
  /** False before setup: a new issue needs the partner it belongs to. */
  readonly canCreate: boolean;
  readonly errors: SheetErrors;
}

/**
 * Links the clip to issues that exist, or to a new one made in the same step. With a shared list
 * its issues come first and the others say they are not on it yet (a partner's own new issue too).
 */
export function IssueField({ issues, sharedIssueIds, linked, onLinkedChange, newTitle, onNewTitleChange, canCreate, errors }: IssueFieldProps) {
  const shown = sharedIssueIds === undefined ? issues : sharedFirst(issues, sharedIssueIds);
  const newIssueHint = sharedIssueIds === undefined ? t('sheetNewIssueHint') : [t('sheetNewIssueHint'), t('sheetNewIssueNotShared')].join(' ');
  const toggle = (id: RecordId) => onLinkedChange(linked.includes(id) ? linked.filter((l) => l !== id) : [...linked, id]);
  return (
    <fieldset class="issues" data-testid="sheet-issues">
      <legend>{t('sheetIssues')}</legend>
      {issues.length === 0 ? (
        <p class="hint small">{t('sheetIssuesNone')}</p>
      ) : (
        <div class="issue-list">
          {shown.map((issue) => (
            <label class="choice" key={issue.id}>
              <input type="checkbox" checked={linked.includes(issue.id)} onChange={() => toggle(issue.id)} data-testid="issue-option" data-value={issue.id} />
              {issue.body.title}
              {sharedIssueIds !== undefined && !sharedIssueIds.has(issue.id) && ' '}
              {sharedIssueIds !== undefined && !sharedIssueIds.has(issue.id) && (
                <span class="tag" data-testid="issue-option-not-shared">
                  {t('issueNotShared')}
                </span>
              )}
            </label>
          ))}
        </div>
      )}
      {canCreate ? (
        <TextField
          id="new-issue-title"
          label={t('sheetNewIssue')}
          value={newTitle}
          onChange={onNewTitleChange}
          error={errors.newIssueTitle}
          maxLength={LIMITS.shortText}
          hint={newIssueHint}
        />
      ) : (
        <p class="hint small">{t('sheetNewIssueAfterSetup')}</p>
      )}
    </fieldset>
  );
}

/** The shared list's issues in its order, then the others as they came. */
function sharedFirst(issues: ReadonlyArray<LiveRecord<'issue'>>, shared: ReadonlySet<RecordId>): ReadonlyArray<LiveRecord<'issue'>> {
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  return [...[...shared].flatMap((id) => byId.get(id) ?? []), ...issues.filter((issue) => !shared.has(issue.id))];
}
