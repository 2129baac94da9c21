import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/limits.ts';
import { parentFits } from '../../../shared/plan/parent-rules.ts';
import type { PlanItem, PlanLevel } from '../../../shared/plan/plan-index.ts';
import { PLAN_LEVELS, PLAN_STATUSES, type PlanItemBody } from '../../../shared/schema/plan-item.ts';
import type { LiveRecord } from '../../../shared/schema/record.ts';
import { PLAN_LEVEL_LABELS, PLAN_STATUS_LABELS, planFailureText } from './plan-labels.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import type { PlanStore } from './plan-store.ts';
import { shortText } from '../../ui/record-text.ts';

export interface PartnerChoice {
  readonly id: string;
  readonly name: string;
}

export interface PlanItemEditorProps {
  readonly plan: Pick<PlanStore, 'savePlanItem'>;
  /** The item to edit; a new one when absent. */
  readonly item?: PlanItem;
  /** The parent the item serves now (or, for a new item, is offered first). */
  readonly parentId?: string | undefined;
  /** A new item's level. */
  readonly level?: PlanLevel;
  /** Every live plan item, to choose the parent from. */
  readonly items: readonly PlanItem[];
  readonly partners: readonly PartnerChoice[];
  /** Observations to take an indicator's baseline from. */
  readonly observations: readonly LiveRecord<'observation'>[];
  /** Called with the saved item, or without one when the partner cancelled. */
  readonly onDone: (saved?: PlanItem) => void;
}

interface Draft {
  level: PlanLevel;
  title: string;
  description: string;
  status: PlanItemBody['status'];
  owners: readonly string[];
  period: string;
  measure: string;
  baseline: string;
  parent: string;
}

type Field = 'title' | 'description' | 'period' | 'measure' | 'baseline';

function draftOf(item: PlanItem | undefined, parentId: string | undefined, level: PlanLevel): Draft {
  const body = item?.body;
  return {
    level: body?.level ?? level,
    title: body?.title ?? '',
    description: body?.description ?? '',
    status: body?.status ?? 'idee',
    owners: body?.ownerPartnerIds ?? [],
    period: body?.period ?? '',
    measure: body?.indicator?.measure ?? '',
    baseline: body?.indicator?.baselineObservationId ?? '',
    parent: parentId ?? '',
  };
}

function validate(draft: Draft): { errors: Partial<Record<Field, MessageKey>>; body?: PlanItemBody } {
  const errors: Partial<Record<Field, MessageKey>> = {};
  const title = draft.title.trim();
  const measure = draft.measure.trim();
  const period = draft.period.trim();
  if (title === '') errors.title = 'planTitleRequired';
  else if (title.length > LIMITS.shortText) errors.title = 'planTooLong';
  if (draft.description.length > LIMITS.longText) errors.description = 'planTooLong';
  if (period.length > LIMITS.shortText) errors.period = 'planTooLong';
  if (measure.length > LIMITS.shortText) errors.measure = 'planTooLong';
  if (measure === '' && draft.baseline !== '') errors.baseline = 'planBaselineNeedsIndicator';
  if (Object.keys(errors).length > 0) return { errors };
  const indicator = measure === '' ? undefined : { measure, ...(draft.baseline === '' ? {} : { baselineObservationId: draft.baseline }) };
  return {
    errors,
    body: {
      level: draft.level,
      title,
      description: draft.description,
      status: draft.status,
      ownerPartnerIds: [...draft.owners],
      ...(period === '' ? {} : { period }),
      ...(indicator === undefined ? {} : { indicator }),
    },
  };
}

/**
 * Makes or edits one plan item: its level, texts, owners, status, period, indicator and the item
 * it serves. The store checks the parent by the rules of shared/plan and refuses a cycle; the
 * refusal is shown and nothing is stored. Test ids: plan-editor, plan-field-<name>, plan-owner
 * (data-partner-id), plan-error-<field>, plan-editor-failure, plan-editor-save, plan-editor-cancel.
 */
export function PlanItemEditor({ plan, item, parentId, level = 'ambition', items, partners, observations, onDone }: PlanItemEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(item, parentId, level));
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const prefix = `plan-${item?.id ?? 'new'}`;
  const first = useRef<HTMLSelectElement>(null);
  // Opening the editor by keyboard moves focus into it, where the partner goes on typing.
  useEffect(() => first.current?.focus(), []);
  const parents = items.filter((candidate) => candidate.id !== item?.id && parentFits(draft.level, candidate.body.level));

  const set = (field: keyof Draft) => (event: TargetedEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
    const { value } = event.currentTarget;
    setDraft((current) => ({ ...current, [field]: value }));
  };

  function toggleOwner(id: string, on: boolean) {
    setDraft((current) => ({ ...current, owners: on ? [...current.owners.filter((owner) => owner !== id), id] : current.owners.filter((owner) => owner !== id) }));
  }

  async function submit(event: TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = validate(draft);
    setErrors(checked.errors);
    setFailure('');
    if (checked.body === undefined) return;
    setSaving(true);
    try {
      const parent = parents.some((candidate) => candidate.id === draft.parent) ? draft.parent : undefined;
      onDone(await plan.savePlanItem({ ...(item === undefined ? {} : { id: item.id }), body: checked.body, parentId: parent }));
    } catch (error) {
      console.error(error);
      setFailure(planFailureText(error));
    } finally {
      setSaving(false);
    }
  }

  const fieldError = (field: Field) => {
    const key = errors[field];
    return key === undefined ? null : (
      <p class="field-error" id={`${prefix}-${field}-error`} data-testid={`plan-error-${field}`}>
        {t(key)}
      </p>
    );
  };
  const described = (field: Field) => (errors[field] === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': `${prefix}-${field}-error` });

  return (
    <form class="card plan-editor" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onDone()} noValidate aria-labelledby={`${prefix}-heading`} data-testid="plan-editor">
      <h3 id={`${prefix}-heading`}>{t(item === undefined ? 'planEditorNewHeading' : 'planEditorEditHeading')}</h3>
      <div class="plan-fields">
        <div class="field">
          <label for={`${prefix}-level`}>{t('planFieldLevel')}</label>
          <select id={`${prefix}-level`} ref={first} value={draft.level} onChange={set('level')} data-testid="plan-field-level">
            {PLAN_LEVELS.map((value) => (
              <option key={value} value={value}>
                {t(PLAN_LEVEL_LABELS[value])}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${prefix}-parent`}>{t('planFieldParent')}</label>
          <select id={`${prefix}-parent`} value={draft.parent} onChange={set('parent')} data-testid="plan-field-parent">
            <option value="">{t('planNone')}</option>
            {parents.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {`${t(PLAN_LEVEL_LABELS[candidate.body.level])}: ${candidate.body.title}`}
              </option>
            ))}
          </select>
        </div>
        <div class="field wide">
          <label for={`${prefix}-title`}>{t('planFieldTitle')}</label>
          <input id={`${prefix}-title`} value={draft.title} onInput={set('title')} maxLength={LIMITS.shortText} data-testid="plan-field-title" {...described('title')} />
          {fieldError('title')}
        </div>
        <div class="field wide">
          <label for={`${prefix}-description`}>{t('planFieldDescription')}</label>
          <textarea id={`${prefix}-description`} value={draft.description} onInput={set('description')} maxLength={LIMITS.longText} rows={3} data-testid="plan-field-description" {...described('description')} />
          {fieldError('description')}
        </div>
        <div class="field">
          <label for={`${prefix}-status`}>{t('planFieldStatus')}</label>
          <select id={`${prefix}-status`} value={draft.status} onChange={set('status')} data-testid="plan-field-status">
            {PLAN_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(PLAN_STATUS_LABELS[value])}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${prefix}-period`}>{t('planFieldPeriod')}</label>
          <input id={`${prefix}-period`} value={draft.period} onInput={set('period')} maxLength={LIMITS.shortText} data-testid="plan-field-period" {...described('period')} />
          {fieldError('period')}
        </div>
        <fieldset class="field wide plan-owners">
          <legend>{t('planFieldOwners')}</legend>
          {partners.map((partner) => (
            <label key={partner.id} class="check">
              <input type="checkbox" checked={draft.owners.includes(partner.id)} onChange={(event) => toggleOwner(partner.id, event.currentTarget.checked)} data-testid="plan-owner" data-partner-id={partner.id} />
              {partner.name}
            </label>
          ))}
        </fieldset>
        <div class="field wide">
          <label for={`${prefix}-measure`}>{t('planFieldIndicator')}</label>
          <input id={`${prefix}-measure`} value={draft.measure} onInput={set('measure')} maxLength={LIMITS.shortText} data-testid="plan-field-measure" {...described('measure')} />
          {fieldError('measure')}
        </div>
        <div class="field wide">
          <label for={`${prefix}-baseline`}>{t('planFieldBaseline')}</label>
          <select id={`${prefix}-baseline`} value={draft.baseline} onChange={set('baseline')} data-testid="plan-field-baseline" {...described('baseline')}>
            <option value="">{t('planNone')}</option>
            {observations.map((observation) => (
              <option key={observation.id} value={observation.id}>
                {shortText(observation)}
              </option>
            ))}
          </select>
          {fieldError('baseline')}
        </div>
      </div>
      {failure !== '' && (
        <p class="field-error" role="alert" data-testid="plan-editor-failure">
          {failure}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={saving} data-testid="plan-editor-save">
          {t('planSave')}
        </button>
        <button type="button" class="quiet" onClick={() => onDone()} data-testid="plan-editor-cancel">
          {t('planCancel')}
        </button>
      </div>
    </form>
  );
}
