import { useRef, useState } from 'preact/hooks';
import type { IssueSummary } from '../../../shared/regiobeeld/issue-summaries.ts';
import type { PartnerDirectory } from '../../../shared/regiobeeld/partners.ts';
import type { Recognition } from '../../../shared/regiobeeld/recognitions.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { Verdict } from '../../../shared/schema/recognition.ts';
import { TextField } from '../../components/form/text-field.tsx';
import { t } from '../../i18n/t.ts';
import { chartGroupLabel } from './chart-texts.ts';
import type { IssueActions } from './issue-actions.tsx';
import type { RecognitionStore } from './recognition-store.ts';

/** What the issue table needs to let this partner say whether it recognises an issue. */
export interface IssueRecognising extends Pick<IssueActions, 'busy' | 'run'> {
  readonly store: RecognitionStore;
  /** This installation's partner id: its own word is shown as chosen. */
  readonly self: string;
}

/**
 * Who said it, as the issue table and the session view show it: the domain, the organisation and
 * the reason in quotes; only the domain and the reason when shown anonymously.
 */
export function recognitionText(recognition: Recognition, partners: PartnerDirectory, anonymous = false): string {
  const reason = recognition.reason === '' ? '' : `: “${recognition.reason}”`;
  if (anonymous) return `${chartGroupLabel(recognition.domain)}${reason}`;
  const name = partners.of(recognition.partnerId).organisation ?? t('regiobeeldUnknownPartner');
  return `${chartGroupLabel(recognition.domain)} (${name}${reason})`;
}

/**
 * Which domains recognise the issue and who does not and why, and this partner's own "herken ik"
 * or "herken ik niet" with an optional reason. Test ids: issue-recognitions (data-issue-id),
 * recognised-by, not-recognised-by, recognise-yes, recognise-no, recognise-reason, recognise-save,
 * recognise-withdraw.
 */
export function IssueRecognition({
  issue,
  partners,
  recognising,
}: {
  issue: IssueSummary;
  partners: PartnerDirectory;
  recognising: IssueRecognising | undefined;
}) {
  const { recognised, notRecognised } = issue.recognitions;
  const own = [...recognised, ...notRecognised].find((recognition) => recognition.partnerId === recognising?.self);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const askButton = useRef<HTMLButtonElement>(null);
  const say = async (verdict: Verdict, why: string) => {
    if (recognising === undefined) return;
    if (await recognising.run(() => recognising.store.say('issue', issue.id, verdict, why), t('recognitionSaved', issue.title))) {
      // The reason's field goes away with its focus: back to the button that opened it.
      if (asking) askButton.current?.focus();
      setAsking(false);
    }
  };
  return (
    <div class="recognitions" data-testid="issue-recognitions" data-issue-id={issue.id}>
      {recognised.length === 0 && notRecognised.length === 0 && <p class="hint small">{t('recognitionNone')}</p>}
      {recognised.length > 0 && (
        <p data-testid="recognised-by">{t('recognisedBy', recognised.map((recognition) => recognitionText(recognition, partners)).join(', '))}</p>
      )}
      {notRecognised.length > 0 && (
        <p data-testid="not-recognised-by">{t('notRecognisedBy', notRecognised.map((recognition) => recognitionText(recognition, partners)).join(', '))}</p>
      )}
      {recognising !== undefined && (
        <div class="row" role="group" aria-label={t('recognitionGroup')}>
          <button
            type="button"
            class="quiet"
            aria-pressed={own?.verdict === 'recognised'}
            disabled={recognising.busy}
            onClick={() => void say('recognised', '')}
            data-testid="recognise-yes"
          >
            {t('recogniseYes')}
          </button>
          <button
            type="button"
            class="quiet"
            ref={askButton}
            aria-pressed={own?.verdict === 'not-recognised'}
            aria-expanded={asking}
            disabled={recognising.busy}
            onClick={() => {
              setReason(own?.verdict === 'not-recognised' ? own.reason : '');
              setAsking(!asking);
            }}
            data-testid="recognise-no"
          >
            {t('recogniseNo')}
          </button>
          {own !== undefined && (
            <button
              type="button"
              class="quiet"
              disabled={recognising.busy}
              onClick={() => void recognising.run(() => recognising.store.withdraw(issue.id), t('recognitionWithdrawn', issue.title))}
              data-testid="recognise-withdraw"
            >
              {t('recogniseWithdraw')}
            </button>
          )}
        </div>
      )}
      {recognising !== undefined && asking && (
        <form
          class="recognise-reason"
          onSubmit={(event) => {
            event.preventDefault();
            void say('not-recognised', reason);
          }}
        >
          <TextField
            id={`recognise-${issue.id}-reason`}
            testId="recognise-reason"
            label={t('recogniseReason')}
            value={reason}
            onChange={setReason}
            maxLength={LIMITS.shortText}
            autoFocus
          />
          <button type="submit" disabled={recognising.busy} data-testid="recognise-save">
            {t('recogniseSave')}
          </button>
        </form>
      )}
    </div>
  );
}
