import type { TargetedEvent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/limits.ts';
import { parentFits } from '../../../shared/plan/parent-rules.ts';
import type { PlanItem, PlanLevel } from '../../../shared/plan/plan-index.ts';
import { PLAN_LEVELS, PLAN_STATUSES, type PlanItemBody } from '../../../shared/schema/plan-item.ts';
import type { LiveRecord } from '../../../shared/schema/record.ts';
import { PLAN_LEVEL_LABELS, PLAN_STATUS_LABELS, planFailureText } from './plan-labels.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import { SelectField } from '../../components/form/select-field.tsx';
import { FormFailure } from '../../components/form/form-failure.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import type { PlanStore } from './plan-store.ts';

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
  /** How a baseline is offered: a figure with its label, area and period. */
  readonly baselineText: (observation: LiveRecord<'observation'>) => string;
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
export function PlanItemEditor({ plan, item, parentId, level = 'ambition', items, partners, observations, baselineText, onDone }: PlanItemEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(item, parentId, level));
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const prefix = `plan-${item?.id ?? 'new'}`;
  const first = useRef<HTMLSelectElement>(null);
  // Opening the editor by keyboard moves focus into it, where the partner goes on typing.
  useEffect(() => first.current?.focus(), []);
  // A baseline is a figure: the figure clips come first, each by its figure, then the other clips.
  const baselines = useMemo(
    () =>
      [...observations]
        .sort((a, b) => Number(b.body.figure !== undefined) - Number(a.body.figure !== undefined))
        .map((o) => ({ value: o.id, label: baselineText(o) })),
    [observations, baselineText],
  );
  const parents = items.filter((candidate) => candidate.id !== item?.id && parentFits(draft.level, candidate.body.level));

  const set = (field: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const texts = (field: Field) => ({ id: `${prefix}-${field}`, testId: `plan-field-${field}`, errorTestId: `plan-error-${field}`, error: errors[field] });

  function toggleOwner(id: string, on: boolean) {
    setDraft((current) => ({
      ...current,
      owners: on ? [...current.owners.filter((owner) => owner !== id), id] : current.owners.filter((owner) => owner !== id),
    }));
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

  return (
    <form
      class="card plan-editor"
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onDone()}
      noValidate
      aria-labelledby={`${prefix}-heading`}
      data-testid="plan-editor"
    >
      <h3 id={`${prefix}-heading`}>{t(item === undefined ? 'planEditorNewHeading' : 'planEditorEditHeading')}</h3>
      <div class="plan-fields">
        <SelectField
          id={`${prefix}-level`}
          testId="plan-field-level"
          label={t('planFieldLevel')}
          value={draft.level}
          onChange={set('level')}
          controlRef={first}
          options={PLAN_LEVELS.map((value) => ({ value, label: t(PLAN_LEVEL_LABELS[value]) }))}
        />
        <SelectField
          id={`${prefix}-parent`}
          testId="plan-field-parent"
          label={t('planFieldParent')}
          value={draft.parent}
          onChange={set('parent')}
          options={[
            { value: '', label: t('planNone') },
            ...parents.map((candidate) => ({ value: candidate.id, label: `${t(PLAN_LEVEL_LABELS[candidate.body.level])}: ${candidate.body.title}` })),
          ]}
        />
        <TextField {...texts('title')} class="wide" label={t('planFieldTitle')} value={draft.title} onChange={set('title')} maxLength={LIMITS.shortText} />
        <TextField
          {...texts('description')}
          class="wide"
          label={t('planFieldDescription')}
          value={draft.description}
          onChange={set('description')}
          maxLength={LIMITS.longText}
          rows={3}
        />
        <SelectField
          id={`${prefix}-status`}
          testId="plan-field-status"
          label={t('planFieldStatus')}
          value={draft.status}
          onChange={set('status')}
          options={PLAN_STATUSES.map((value) => ({ value, label: t(PLAN_STATUS_LABELS[value]) }))}
        />
        <TextField {...texts('period')} label={t('planFieldPeriod')} value={draft.period} onChange={set('period')} maxLength={LIMITS.shortText} />
        <fieldset class="field wide plan-owners">
          <legend>{t('planFieldOwners')}</legend>
          {partners.map((partner) => (
            <label key={partner.id} class="check">
              <input
                type="checkbox"
                checked={draft.owners.includes(partner.id)}
                onChange={(event) => toggleOwner(partner.id, event.currentTarget.checked)}
                data-testid="plan-owner"
                data-partner-id={partner.id}
              />
              {partner.name}
            </label>
          ))}
        </fieldset>
        <TextField
          {...texts('measure')}
          class="wide"
          label={t('planFieldIndicator')}
          value={draft.measure}
          onChange={set('measure')}
          maxLength={LIMITS.shortText}
        />
        <SelectField
          {...texts('baseline')}
          class="wide"
          label={t('planFieldBaseline')}
          value={draft.baseline}
          onChange={set('baseline')}
          options={[{ value: '', label: t('planNone') }, ...baselines]}
        />
      </div>
      <FormFailure text={failure} testId="plan-editor-failure" />
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
