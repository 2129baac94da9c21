import { useState } from 'preact/hooks';
import type { IssueSummary } from '../../../shared/regiobeeld/issue-summaries.ts';
import { type Agreement, isOverdue } from '../../../shared/regiobeeld/outcomes.ts';
import { countsAsPartner, type PartnerDirectory } from '../../../shared/regiobeeld/partners.ts';
import type { PlanItem } from '../../../shared/plan/plan-index.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { ISSUE_STATUSES, type IssueStatus } from '../../../shared/schema/issue-outcome.ts';
import { SelectField } from '../../components/form/select-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { formatCalendarDay, formatMoment } from '../../i18n/format.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import type { IssueActions } from './issue-actions.tsx';
import type { OutcomeStore } from './outcome-store.ts';

/** What the issue table needs to record the regiotafel's outcomes. */
export interface IssueRecording extends Pick<IssueActions, 'busy' | 'run'> {
  readonly store: OutcomeStore;
  /** Asks before a removal, which cannot be undone. */
  readonly confirm: (question: string) => boolean;
}

export const STATUS_LABELS: Record<IssueStatus, MessageKey> = {
  herkend: 'outcomeStatus_herkend',
  gedeeld: 'outcomeStatus_gedeeld',
  prioriteit: 'outcomeStatus_prioriteit',
  'niet-opgepakt': 'outcomeStatus_niet_opgepakt',
};

const nameOf = (partners: PartnerDirectory, id: string) => partners.of(id).organisation ?? t('regiobeeldUnknownPartner');

export interface IssueOutcomeProps {
  readonly issue: IssueSummary;
  readonly partners: PartnerDirectory;
  readonly planItems: readonly PlanItem[];
  /** Today as "2027-04-01": afspraken due before it and not done are overdue. */
  readonly today: string;
  readonly recording: IssueRecording | undefined;
}

/**
 * What the regiotafel agreed of an issue: the gezamenlijke duiding with who agreed and any
 * dissent, its status, and the afspraken with owner and due date (overdue ones flagged); and the
 * forms to record them. Test ids: issue-outcome, outcome-status, outcome-interpretation,
 * outcome-agreed, outcome-dissent, issue-agreements, agreement (data-overdue), agreement-done, agreement-remove,
 * outcome-form and outcome-field-<name>, agreement-form and agreement-field-<name>.
 */
export function IssueOutcomePanel({ issue, partners, planItems, today, recording }: IssueOutcomeProps) {
  const { outcome, agreements } = issue;
  return (
    <div class="outcome" data-testid="issue-outcome" data-issue-id={issue.id}>
      {outcome !== null && (
        <>
          <p>
            {t('outcomeHeading')}: <strong data-testid="outcome-status">{t(STATUS_LABELS[outcome.status])}</strong>
            {outcome.statusReason !== '' && ` (${outcome.statusReason})`}
          </p>
          {outcome.interpretation !== '' && (
            <p class="interpretation" data-testid="outcome-interpretation">
              {outcome.interpretation}
            </p>
          )}
          {outcome.agreedBy.length > 0 && (
            <p data-testid="outcome-agreed">{t('outcomeAgreedBy', outcome.agreedBy.map((id) => nameOf(partners, id)).join(', '))}</p>
          )}
          {outcome.dissent !== '' && <p data-testid="outcome-dissent">{t('outcomeDissent', outcome.dissent)}</p>}
          {/* Any partner can record an outcome, the latest counts: who did is shown, never hidden. */}
          <p class="hint small" data-testid="outcome-recorded-by">
            {t('outcomeRecordedBy', nameOf(partners, outcome.recordedBy), formatMoment(outcome.at.slice(0, 24)))}
          </p>
        </>
      )}
      {agreements.length > 0 && (
        <ul class="agreements" data-testid="issue-agreements">
          {agreements.map((agreement) => (
            <AgreementLine key={agreement.id} agreement={agreement} partners={partners} today={today} recording={recording} />
          ))}
        </ul>
      )}
      {recording !== undefined && <OutcomeForms key={outcome?.at ?? ''} issue={issue} partners={partners} planItems={planItems} recording={recording} />}
    </div>
  );
}

export function AgreementLine({
  agreement,
  partners,
  today,
  recording,
}: {
  agreement: Agreement;
  partners: PartnerDirectory;
  today: string;
  recording: IssueRecording | undefined;
}) {
  const overdue = isOverdue(agreement, today);
  const text = t('agreementLine', agreement.what, nameOf(partners, agreement.ownerPartnerId), formatCalendarDay(agreement.due));
  return (
    <li data-testid="agreement" data-overdue={String(overdue)} class={overdue ? 'overdue' : undefined}>
      {recording === undefined ? (
        <span>{text}</span>
      ) : (
        <label class="choice">
          <input
            type="checkbox"
            checked={agreement.done}
            disabled={recording.busy}
            onChange={(event) => {
              const done = event.currentTarget.checked;
              void recording.run(
                () => recording.store.setAgreementDone(agreement.id, done),
                t(done ? 'agreementDoneSaved' : 'agreementOpenSaved', agreement.what),
              );
            }}
            data-testid="agreement-done"
          />
          {text}
        </label>
      )}
      {agreement.done && <span class="hint"> · {t('agreementDone')}</span>}
      {overdue && <strong class="overdue-flag"> · {t('agreementOverdue')}</strong>}
      {recording !== undefined && (
        <button
          type="button"
          class="quiet"
          disabled={recording.busy}
          aria-label={t('agreementRemoveLabel', agreement.what)}
          onClick={() => {
            if (recording.confirm(t('confirmDelete', t('recordType_agreement'), agreement.what)))
              void recording.run(() => recording.store.removeAgreement(agreement.id), t('agreementRemoved', agreement.what));
          }}
          data-testid="agreement-remove"
        >
          {t('agreementRemove')}
        </button>
      )}
    </li>
  );
}

interface FormsProps {
  readonly issue: IssueSummary;
  readonly partners: PartnerDirectory;
  readonly planItems: readonly PlanItem[];
  readonly recording: IssueRecording;
}

/**
 * The two forms, each built on its first opening: with a choice of every partner and plan item,
 * built for every issue up front they would cost the issues times the plan items. Keyed by the
 * outcome's version where it is used, so one arriving by sync refills the form rather than being
 * overwritten by it.
 */
function OutcomeForms(props: FormsProps) {
  const [opened, setOpened] = useState({ outcome: false, agreement: false });
  return (
    <>
      <details class="outcome-form" onToggle={(event) => setOpened((held) => ({ ...held, outcome: held.outcome || event.currentTarget.open }))}>
        <summary>{t(props.issue.outcome === null ? 'outcomeRecord' : 'outcomeChange')}</summary>
        {opened.outcome && <OutcomeForm {...props} />}
      </details>
      <details class="outcome-form" onToggle={(event) => setOpened((held) => ({ ...held, agreement: held.agreement || event.currentTarget.open }))}>
        <summary>{t('agreementAdd')}</summary>
        {opened.agreement && <AgreementForm {...props} />}
      </details>
    </>
  );
}

function OutcomeForm({ issue, partners, recording }: FormsProps) {
  const candidates = partners.all.filter(countsAsPartner);
  const held = issue.outcome;
  const [status, setStatus] = useState<IssueStatus>(held?.status ?? 'herkend');
  const [interpretation, setInterpretation] = useState(held?.interpretation ?? '');
  const [agreedBy, setAgreedBy] = useState<readonly string[]>(held?.agreedBy ?? []);
  const [dissent, setDissent] = useState(held?.dissent ?? '');
  const [statusReason, setStatusReason] = useState(held?.statusReason ?? '');
  const [reasonMissing, setReasonMissing] = useState(false);
  const prefix = `outcome-${issue.id}`;

  const saveOutcome = async (event: Event) => {
    event.preventDefault();
    const missing = status === 'niet-opgepakt' && statusReason.trim() === '';
    setReasonMissing(missing);
    if (missing) return;
    await recording.run(
      () =>
        recording.store.recordOutcome({
          issueId: issue.id,
          status,
          interpretation: interpretation.trim(),
          agreedBy: [...agreedBy],
          dissent: dissent.trim(),
          statusReason: statusReason.trim(),
        }),
      t('outcomeSaved', issue.title),
    );
  };

  return (
    <form onSubmit={(event) => void saveOutcome(event)} data-testid="outcome-form">
      <SelectField
        id={`${prefix}-status`}
        testId="outcome-field-status"
        label={t('outcomeStatus')}
        value={status}
        onChange={(value) => setStatus(ISSUE_STATUSES.find((candidate) => candidate === value) ?? 'herkend')}
        options={ISSUE_STATUSES.map((value) => ({ value, label: t(STATUS_LABELS[value]) }))}
      />
      <TextField
        id={`${prefix}-reason`}
        testId="outcome-field-reason"
        label={t(status === 'niet-opgepakt' ? 'outcomeReasonRequired' : 'outcomeReason')}
        value={statusReason}
        onChange={setStatusReason}
        maxLength={LIMITS.longText}
        error={reasonMissing ? 'outcomeErrorReason' : undefined}
      />
      <TextField
        id={`${prefix}-interpretation`}
        testId="outcome-field-interpretation"
        label={t('outcomeInterpretation')}
        hint={t('outcomeInterpretationHint')}
        value={interpretation}
        onChange={setInterpretation}
        maxLength={LIMITS.longText}
        rows={3}
      />
      <fieldset class="field">
        <legend>{t('outcomeAgreedLegend')}</legend>
        {candidates.map((partner) => (
          <label key={partner.id} class="choice">
            <input
              type="checkbox"
              checked={agreedBy.includes(partner.id)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                setAgreedBy((current) => (on ? [...current.filter((id) => id !== partner.id), partner.id] : current.filter((id) => id !== partner.id)));
              }}
              data-testid="outcome-field-agreed"
              data-partner-id={partner.id}
            />
            {partner.organisation}
          </label>
        ))}
      </fieldset>
      <TextField
        id={`${prefix}-dissent`}
        testId="outcome-field-dissent"
        label={t('outcomeDissentLabel')}
        value={dissent}
        onChange={setDissent}
        maxLength={LIMITS.longText}
        rows={2}
      />
      <button type="submit" disabled={recording.busy} data-testid="outcome-save">
        {t('outcomeSave')}
      </button>
    </form>
  );
}

function AgreementForm({ issue, partners, planItems, recording }: FormsProps) {
  const candidates = partners.all.filter(countsAsPartner);
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [planItem, setPlanItem] = useState('');
  const [agreementErrors, setAgreementErrors] = useState<{ what?: MessageKey; owner?: MessageKey; due?: MessageKey }>({});
  const prefix = `outcome-${issue.id}`;

  const saveAgreement = async (event: Event) => {
    event.preventDefault();
    const errors = {
      ...(what.trim() === '' ? { what: 'agreementErrorWhat' as const } : {}),
      ...(owner === '' ? { owner: 'agreementErrorOwner' as const } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(due) ? {} : { due: 'agreementErrorDue' as const }),
    };
    setAgreementErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const body = { issueId: issue.id, what: what.trim(), ownerPartnerId: owner, due, done: false, ...(planItem === '' ? {} : { planItemId: planItem }) };
    if (await recording.run(() => recording.store.addAgreement(body), t('agreementSaved', what.trim()))) {
      setWhat('');
      setDue('');
    }
  };

  return (
    <form onSubmit={(event) => void saveAgreement(event)} data-testid="agreement-form">
      <TextField
        id={`${prefix}-what`}
        testId="agreement-field-what"
        label={t('agreementWhat')}
        value={what}
        onChange={setWhat}
        maxLength={LIMITS.shortText}
        error={agreementErrors.what}
      />
      <SelectField
        id={`${prefix}-owner`}
        testId="agreement-field-owner"
        label={t('agreementOwner')}
        value={owner}
        onChange={setOwner}
        options={[
          { value: '', label: t('agreementOwnerChoose') },
          ...candidates.map((partner) => ({ value: partner.id, label: partner.organisation ?? partner.id })),
        ]}
        error={agreementErrors.owner}
      />
      <DateField id={`${prefix}-due`} value={due} onChange={setDue} error={agreementErrors.due} />
      <SelectField
        id={`${prefix}-plan`}
        testId="agreement-field-plan"
        label={t('agreementPlanItem')}
        value={planItem}
        onChange={setPlanItem}
        options={[{ value: '', label: t('agreementPlanItemNone') }, ...planItems.map((item) => ({ value: item.id, label: item.body.title }))]}
      />
      <button type="submit" disabled={recording.busy} data-testid="agreement-save">
        {t('agreementSave')}
      </button>
    </form>
  );
}

function DateField({ id, value, onChange, error }: { id: string; value: string; onChange: (value: string) => void; error: MessageKey | undefined }) {
  return (
    <div class="field">
      <label for={id}>{t('agreementDue')}</label>
      <input
        id={id}
        type="date"
        value={value}
        onInput={(event) => onChange(event.currentTarget.value)}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        data-testid="agreement-field-due"
      />
      {error !== undefined && (
        <p class="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
    </div>
  );
}
