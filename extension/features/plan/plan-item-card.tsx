import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PlanItemView } from '../../../shared/plan/plan-tree.ts';
import type { PlanItem } from '../../../shared/plan/plan-index.ts';
import type { ResolvedLink } from '../../../shared/plan/resolve-link.ts';
import { PLAN_LEVEL_LABELS, PLAN_STATUS_LABELS, planFailureText, TRACE_TARGET_LABELS } from './plan-labels.ts';
import { t } from '../../i18n/t.ts';
import type { PlanStore } from './plan-store.ts';
import { planItemAnchor, recordAnchor, targetText } from './plan-text.ts';
import { type PartnerChoice, PlanItemEditor } from './plan-item-editor.tsx';
import { type LinkChoices, TraceLinkEditor } from './trace-link-editor.tsx';

/** What every card of one plan view shares. */
export interface PlanCardContext {
  readonly plan: PlanStore;
  readonly choices: LinkChoices;
  readonly partners: readonly PartnerChoice[];
  /** Items that rest on no evidence, directly or through the items they serve. */
  readonly standAlone: ReadonlySet<string>;
  readonly confirm: (question: string) => boolean;
  /** Says what changed, or why a change failed. */
  readonly report: (text: string, failed?: boolean) => void;
  readonly open: (anchor: string) => void;
}

export interface PlanItemCardProps {
  readonly view: PlanItemView;
  readonly context: PlanCardContext;
  /** The items under this one (goals of an ambition, actions of a goal). */
  readonly children?: ComponentChildren;
}

/**
 * One plan item with its evidence inline: each link's target, rationale and author, suspect links
 * marked with a confirm button, dangling ones named as such; and its own editor and link editor.
 * Test ids: plan-item (data-item-id, data-level), plan-item-title, plan-item-meta,
 * plan-item-description, plan-item-indicator, plan-item-standalone, plan-item-through-goals, plan-link (data-link-id,
 * data-state, data-to-type), plan-link-target, plan-link-detail, plan-link-rationale,
 * plan-link-author, plan-link-suspect, plan-link-dangling, plan-link-confirm, plan-link-open,
 * plan-link-remove, plan-item-link, plan-item-edit, plan-item-delete.
 */
export function PlanItemCard({ view, context, children }: PlanItemCardProps) {
  const { item } = view;
  const [mode, setMode] = useState<'view' | 'edit' | 'link'>('view');
  const titleId = `${planItemAnchor(item.id)}-title`;
  const owners = item.body.ownerPartnerIds.map((id) => context.partners.find((partner) => partner.id === id)?.name ?? context.choices.partnerName(id));
  const baseline = item.body.indicator?.baselineObservationId;
  const baselineRecord = baseline === undefined ? undefined : context.choices.observations.find((observation) => observation.id === baseline);
  const meta = [
    t(PLAN_STATUS_LABELS[item.body.status]),
    ...(item.body.period === undefined ? [] : [t('planPeriod', item.body.period)]),
    owners.length === 0 ? t('planNoOwner') : t('planOwners', owners.join(', ')),
  ];

  async function remove() {
    if (!context.confirm(t('planConfirmDelete'))) return;
    await context.plan.deletePlanItem(item.id).then(
      () => context.report(t('planDeleted', item.body.title)),
      (error: unknown) => {
        console.error(error);
        context.report(planFailureText(error), true);
      },
    );
  }

  return (
    <li
      class={`plan-item level-${item.body.level}`}
      id={planItemAnchor(item.id)}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid="plan-item"
      data-item-id={item.id}
      data-level={item.body.level}
    >
      <div class="plan-item-body">
        <h4 id={titleId}>
          <span class="plan-level">{t(PLAN_LEVEL_LABELS[item.body.level])}</span> <span data-testid="plan-item-title">{item.body.title}</span>
        </h4>
        <p class="meta" data-testid="plan-item-meta">
          {meta.join(' · ')}
        </p>
        {item.body.description !== '' && <p data-testid="plan-item-description">{item.body.description}</p>}
        {item.body.indicator !== undefined && (
          <p class="meta" data-testid="plan-item-indicator">
            {t('planIndicator', item.body.indicator.measure)}
            {baselineRecord !== undefined && ` · ${t('planBaseline', context.choices.baselineText(baselineRecord))}`}
          </p>
        )}
        <h5 class="evidence-heading">{t('planEvidenceHeading')}</h5>
        {context.standAlone.has(item.id) && (
          <p class="flag standalone" data-testid="plan-item-standalone">
            {t('planEvidenceEmpty')}
          </p>
        )}
        {item.body.level === 'ambition' && view.evidence.length === 0 && !context.standAlone.has(item.id) && (
          <p class="hint" data-testid="plan-item-through-goals">
            {t('planEvidenceThroughGoals')}
          </p>
        )}
        {view.parents.length + view.evidence.length > 0 && (
          <ul class="trace-links">
            {[...view.parents, ...view.evidence].map((resolved) => (
              <TraceLinkRow key={resolved.link.id} resolved={resolved} context={context} />
            ))}
          </ul>
        )}
        {mode === 'view' && (
          <div class="row">
            <button type="button" onClick={() => setMode('link')} data-testid="plan-item-link">
              {t('planLinkAdd')}
            </button>
            <button type="button" class="quiet" onClick={() => setMode('edit')} data-testid="plan-item-edit">
              {t('planEdit')}
            </button>
            <button type="button" class="danger" onClick={() => void remove()} data-testid="plan-item-delete">
              {t('planDelete')}
            </button>
          </div>
        )}
        {mode === 'link' && (
          <TraceLinkEditor
            plan={context.plan}
            from={item}
            choices={context.choices}
            onDone={(linked) => {
              setMode('view');
              context.open(planItemAnchor(item.id));
              if (linked !== undefined) context.report(t('planLinkAdded', linked));
            }}
          />
        )}
        {mode === 'edit' && (
          <PlanItemEditor
            plan={context.plan}
            item={item}
            parentId={view.parents[0]?.link.body.toId}
            items={context.choices.items}
            partners={context.partners}
            observations={context.choices.observations}
            baselineText={context.choices.baselineText}
            onDone={(saved?: PlanItem) => {
              setMode('view');
              context.open(planItemAnchor(item.id));
              if (saved !== undefined) context.report(t('planSaved', saved.body.title));
            }}
          />
        )}
      </div>
      {children}
    </li>
  );
}

function TraceLinkRow({ resolved, context }: { resolved: ResolvedLink; context: PlanCardContext }) {
  const { link, target, state } = resolved;
  const text = targetText(resolved, context.choices.definitions);
  const kind = link.body.toType === 'planItem' ? t('planLinkServes') : t(TRACE_TARGET_LABELS[link.body.toType]);
  const anchor = target === null ? undefined : target.type === 'planItem' ? planItemAnchor(target.id) : recordAnchor(target.id);

  function done(action: Promise<unknown>, message: string) {
    action.then(
      () => context.report(message),
      (error: unknown) => {
        console.error(error);
        context.report(planFailureText(error), true);
      },
    );
  }

  return (
    <li class={`trace-link state-${state}`} data-testid="plan-link" data-link-id={link.id} data-state={state} data-to-type={link.body.toType}>
      <span class="link-kind">{kind}</span> <span data-testid="plan-link-target">{text.title}</span>
      {text.detail !== undefined && (
        <span class="meta" data-testid="plan-link-detail">
          {' '}
          ({text.detail})
        </span>
      )}
      {state === 'suspect' && (
        <strong class="flag suspect" data-testid="plan-link-suspect">
          {' '}
          {t('planLinkSuspect')}
        </strong>
      )}
      {state === 'dangling' && (
        <strong class="flag dangling" data-testid="plan-link-dangling">
          {' '}
          {t('planLinkDangling')}
        </strong>
      )}
      {link.body.rationale !== '' && (
        <span class="rationale" data-testid="plan-link-rationale">
          {link.body.rationale}
        </span>
      )}
      <span class="meta" data-testid="plan-link-author">
        {t('planLinkAuthor', context.choices.partnerName(link.origin))}
      </span>
      <span class="row">
        {anchor !== undefined && (
          <button type="button" class="quiet" onClick={() => context.open(anchor)} data-testid="plan-link-open">
            {t('planLinkOpen')}
          </button>
        )}
        {state === 'suspect' && (
          <button
            type="button"
            class="primary"
            onClick={() => done(context.plan.confirmLink(link.id), t('planLinkConfirmed', text.title))}
            data-testid="plan-link-confirm"
          >
            {t('planLinkConfirm')}
          </button>
        )}
        <button
          type="button"
          class="danger"
          onClick={() => context.confirm(t('planLinkConfirmRemove')) && done(context.plan.removeLink(link.id), t('planLinkRemoved', text.title))}
          data-testid="plan-link-remove"
        >
          {t('planLinkRemove')}
        </button>
      </span>
    </li>
  );
}
