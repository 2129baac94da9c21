import { LIMITS } from '../../../shared/limits.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import type { LiveRecord } from '../../../shared/schema/record.ts';
import { t } from '../../i18n/t.ts';
import type { SheetErrors } from './sheet-input.ts';
import { TextField } from '../../components/form/text-field.tsx';

export interface IssueFieldProps {
  readonly issues: ReadonlyArray<LiveRecord<'issue'>>;
  readonly linked: readonly RecordId[];
  readonly onLinkedChange: (linked: readonly RecordId[]) => void;
  readonly newTitle: string;
  readonly onNewTitleChange: (title: string) => void;
  /** False before setup: a new issue needs the partner it belongs to. */
  readonly canCreate: boolean;
  readonly errors: SheetErrors;
}

/** Links the clip to issues that exist, or to a new one made in the same step. */
export function IssueField({ issues, linked, onLinkedChange, newTitle, onNewTitleChange, canCreate, errors }: IssueFieldProps) {
  const toggle = (id: RecordId) => onLinkedChange(linked.includes(id) ? linked.filter((l) => l !== id) : [...linked, id]);
  return (
    <fieldset class="issues" data-testid="sheet-issues">
      <legend>{t('sheetIssues')}</legend>
      {issues.length === 0 ? (
        <p class="hint small">{t('sheetIssuesNone')}</p>
      ) : (
        <div class="issue-list">
          {issues.map((issue) => (
            <label class="choice" key={issue.id}>
              <input type="checkbox" checked={linked.includes(issue.id)} onChange={() => toggle(issue.id)} data-testid="issue-option" data-value={issue.id} />
              {issue.body.title}
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
          hint={t('sheetNewIssueHint')}
        />
      ) : (
        <p class="hint small">{t('sheetNewIssueAfterSetup')}</p>
      )}
    </fieldset>
  );
}
