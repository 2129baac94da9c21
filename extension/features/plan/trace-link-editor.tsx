import type { TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/limits.ts';
import { parentFits } from '../../../shared/plan/parent-rules.ts';
import type { PlanItem } from '../../../shared/plan/plan-index.ts';
import type { LiveRecord } from '../../../shared/schema/record.ts';
import { TRACE_TARGETS } from '../../../shared/schema/trace-link.ts';
import type { SurveyDefinition } from '../../../shared/survey/definition.ts';
import { planFailureText, TRACE_TARGET_LABELS } from './plan-labels.ts';
import { t } from '../../i18n/t.ts';
import { SelectField } from '../../components/form/select-field.tsx';
import { FormFailure } from '../../components/form/form-failure.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import type { PlanStore } from './plan-store.ts';
import { findingText, planItemText } from './plan-text.ts';
import { shortText } from '../../ui/record-text.ts';

type TargetKind = (typeof TRACE_TARGETS)[number];

/** What can be linked: the live records of the regiobeeld, read once by the dashboard. */
export interface LinkChoices {
  readonly issues: readonly LiveRecord<'issue'>[];
  readonly observations: readonly LiveRecord<'observation'>[];
  readonly responses: readonly LiveRecord<'surveyResponse'>[];
  readonly items: readonly PlanItem[];
  readonly definitions: readonly SurveyDefinition[];
  /** Organisation per partner id, to tell answers of one survey apart. */
  readonly partnerName: (id: string) => string;
  /** A clip as a baseline is chosen by: its figure with label, area and period, else its text. */
  readonly baselineText: (observation: LiveRecord<'observation'>) => string;
}

export interface TraceLinkEditorProps {
  readonly plan: Pick<PlanStore, 'addLink'>;
  readonly from: PlanItem;
  readonly choices: LinkChoices;
  /** Called with the target's text once linked, or without when the partner cancelled. */
  readonly onDone: (linked?: string) => void;
}

interface Option {
  readonly value: string;
  readonly label: string;
}

/** A survey finding is one answered question of one response: both travel in one option value. */
const FINDING_SEPARATOR = '|';

function optionsOf(kind: TargetKind, from: PlanItem, choices: LinkChoices): Option[] {
  switch (kind) {
    case 'issue':
      return choices.issues.map((issue) => ({ value: issue.id, label: issue.body.title }));
    case 'observation':
      return choices.observations.map((observation) => ({ value: observation.id, label: shortText(observation) }));
    case 'surveyFinding':
      return choices.responses.flatMap((response) =>
        Object.keys(response.body.answers)
          .filter((name) =>
            choices.definitions.some(
              (definition) => definition.header.id === response.body.survey.id && definition.questions.some((question) => question.name === name),
            ),
          )
          .map((name) => ({
            value: `${response.id}${FINDING_SEPARATOR}${name}`,
            label: `${findingText(response, name, choices.definitions)} (${choices.partnerName(response.origin)})`,
          })),
      );
    case 'planItem':
      return choices.items
        .filter((item) => item.id !== from.id && parentFits(from.body.level, item.body.level))
        .map((item) => ({ value: item.id, label: planItemText(item) }));
  }
}

/**
 * Links a plan item to an issue, an observation, a survey finding or the plan item it serves, with
 * the reason why. The store checks the link by the rules of shared/plan; a refusal is shown and
 * nothing is stored. Test ids: link-editor, link-kind, link-target, link-rationale, link-error,
 * link-failure, link-save, link-cancel.
 */
export function TraceLinkEditor({ plan, from, choices, onDone }: TraceLinkEditorProps) {
  const [kind, setKind] = useState<TargetKind>('issue');
  const [target, setTarget] = useState('');
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState(false);
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const prefix = `link-${from.id}`;
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const options = optionsOf(kind, from, choices);

  async function submit(event: TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure('');
    const chosen = options.find((option) => option.value === target);
    setError(chosen === undefined);
    if (chosen === undefined) return;
    const [toId = '', toQuestion] = kind === 'surveyFinding' ? chosen.value.split(FINDING_SEPARATOR) : [chosen.value];
    setSaving(true);
    try {
      await plan.addLink({ fromId: from.id, toType: kind, toId, ...(toQuestion === undefined ? {} : { toQuestion }), rationale: rationale.trim() });
      onDone(chosen.label);
    } catch (caught) {
      console.error(caught);
      setFailure(planFailureText(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      class="link-editor"
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onDone()}
      noValidate
      aria-labelledby={`${prefix}-heading`}
      data-testid="link-editor"
    >
      <h4 id={`${prefix}-heading`}>{t('planLinkHeading', from.body.title)}</h4>
      <div class="plan-fields">
        <SelectField
          id={`${prefix}-kind`}
          testId="link-kind"
          label={t('planLinkKind')}
          value={kind}
          onChange={(chosen) => {
            setKind(TRACE_TARGETS.find((value) => value === chosen) ?? 'issue');
            setTarget('');
          }}
          controlRef={first}
          options={TRACE_TARGETS.map((value) => ({ value, label: t(TRACE_TARGET_LABELS[value]) }))}
        />
        <SelectField
          id={`${prefix}-target`}
          testId="link-target"
          errorTestId="link-error"
          class="wide"
          label={t('planLinkTarget')}
          value={target}
          onChange={setTarget}
          error={error ? 'planLinkChooseTarget' : undefined}
          options={[{ value: '', label: t(options.length === 0 ? 'planLinkNoTargets' : 'planChoose') }, ...options]}
        />
        <TextField
          id={`${prefix}-rationale`}
          testId="link-rationale"
          class="wide"
          label={t('planLinkRationale')}
          value={rationale}
          onChange={setRationale}
          maxLength={LIMITS.longText}
          rows={2}
        />
      </div>
      <FormFailure text={failure} testId="link-failure" />
      <div class="row">
        <button type="submit" class="primary" disabled={saving} data-testid="link-save">
          {t('planLinkSave')}
        </button>
        <button type="button" class="quiet" onClick={() => onDone()} data-testid="link-cancel">
          {t('planCancel')}
        </button>
      </div>
    </form>
  );
}
