import type { PlanItem } from '../../../shared/plan/plan-index.ts';
import { t } from '../../i18n/t.ts';
import { openAnchor, planItemAnchor, planItemText } from './plan-text.ts';

/**
 * The plan items resting on an issue, observation or survey response, each opening its card in
 * the plan view. Nothing when none rests on it. Test ids: record-plan-items, record-plan-item
 * (data-item-id).
 */
export function RestingPlanItems({ items }: { items: readonly PlanItem[] | undefined }) {
  if (items === undefined || items.length === 0) return null;
  return (
    <span class="resting-on" data-testid="record-plan-items">
      {t('planRestsOn')}{' '}
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          class="link"
          onClick={() => openAnchor(document, planItemAnchor(item.id))}
          data-testid="record-plan-item"
          data-item-id={item.id}
        >
          {planItemText(item)}
        </button>
      ))}
    </span>
  );
}
