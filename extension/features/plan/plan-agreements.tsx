import type { RegiobeeldAnalysis } from '../../../shared/regiobeeld/analyse.ts';
import { isOverdue } from '../../../shared/regiobeeld/outcomes.ts';
import { formatCalendarDay, formatCount } from '../../i18n/format.ts';
import { t } from '../../i18n/t.ts';

/**
 * The afspraken of the regiotafel beside the plan, due first, overdue ones flagged, each with its
 * issue and the plan item it belongs to. Recorded and ticked off at their issue in the regiobeeld.
 * Test ids: plan-agreements, plan-agreement (data-overdue), plan-agreements-overdue.
 */
export function PlanAgreements({ analysis, today }: { analysis: RegiobeeldAnalysis; today: string }) {
  const { agreements, partners, plan } = analysis;
  const titles = new Map(analysis.issues.issues.map((issue) => [issue.id, issue.title]));
  const overdue = agreements.filter((agreement) => isOverdue(agreement, today)).length;
  return (
    <div class="plan-agreements" data-testid="plan-agreements">
      <h3>{t('agreementsHeading')}</h3>
      {overdue > 0 && (
        <p class="field-error" data-testid="plan-agreements-overdue">
          {t('agreementsOverdueCount', formatCount(overdue))}
        </p>
      )}
      {agreements.length === 0 ? (
        <p class="empty">{t('agreementsNone')}</p>
      ) : (
        <ul class="agreements">
          {agreements.map((agreement) => {
            const late = isOverdue(agreement, today);
            const item = agreement.planItemId === null ? undefined : plan.index.item(agreement.planItemId);
            return (
              <li key={agreement.id} data-testid="plan-agreement" data-overdue={String(late)} class={late ? 'overdue' : undefined}>
                {t(
                  'agreementLine',
                  agreement.what,
                  partners.of(agreement.ownerPartnerId).organisation ?? t('regiobeeldUnknownPartner'),
                  formatCalendarDay(agreement.due),
                )}
                <span class="hint">
                  {' '}
                  · {titles.get(agreement.issueId) ?? agreement.issueId}
                  {item !== undefined && ` · ${item.body.title}`}
                </span>
                {agreement.done && <span class="hint"> · {t('agreementDone')}</span>}
                {late && <strong class="overdue-flag"> · {t('agreementOverdue')}</strong>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
