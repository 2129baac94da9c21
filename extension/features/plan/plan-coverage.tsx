import type { ComponentChildren } from 'preact';
import type { PlanCoverage } from '../../../shared/plan/coverage.ts';
import type { PlanIndex, PlanItem } from '../../../shared/plan/plan-index.ts';
import type { ResolvedLink } from '../../../shared/plan/resolve-link.ts';
import type { SurveyDefinition } from '../../../shared/survey/definition.ts';
import { formatCount } from '../../i18n/format.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import { planItemAnchor, planItemText, recordAnchor, targetText } from './plan-text.ts';

export interface PlanCoverageProps {
  readonly coverage: PlanCoverage;
  readonly index: PlanIndex;
  readonly definitions: readonly SurveyDefinition[];
  /** Brings a plan item or record of the dashboard into view by its element id. */
  readonly open: (anchor: string) => void;
  /** What can be done with the plan, shown under the coverage: the trace matrix download. */
  readonly children?: ComponentChildren;
}

type Kind = 'uncovered' | 'standAlone' | 'dangling' | 'suspect' | 'noOwner' | 'misfit' | 'cycles';

const LABELS: Record<Kind, MessageKey> = {
  uncovered: 'planCoverage_uncovered',
  standAlone: 'planCoverage_standAlone',
  dangling: 'planCoverage_dangling',
  suspect: 'planCoverage_suspect',
  noOwner: 'planCoverage_noOwner',
  misfit: 'planCoverage_misfit',
  cycles: 'planCoverage_cycles',
};

interface Entry {
  readonly key: string;
  readonly text: string;
  /** The element to open, when there is one to show. */
  readonly anchor: string | undefined;
}

/**
 * What the plan does not yet cover, computed in shared/plan (coverage.ts): top-priority issues
 * without a goal or action, items that stand alone, dangling and suspect links, actions without an
 * owner, parents of a level that does not fit, and cycles. Each entry opens what it names. An empty
 * plan is said to be empty, and without top issues the plan is not said to cover them.
 * Test ids: plan-coverage, coverage-no-plan, coverage-no-top-issues, coverage-group (data-kind),
 * coverage-entry, coverage-all-good.
 */
export function PlanCoverageView({ coverage, index, definitions, open, children }: PlanCoverageProps) {
  const item = (entry: PlanItem): Entry => ({ key: entry.id, text: planItemText(entry), anchor: planItemAnchor(entry.id) });
  const link = (resolved: ResolvedLink): Entry => {
    const from = resolved.from ?? index.item(resolved.link.body.fromId) ?? null;
    return {
      key: resolved.link.id,
      text: t('planCoverageLink', from === null ? t('planUnknownTarget') : planItemText(from), targetText(resolved, definitions).title),
      anchor: from === null ? undefined : planItemAnchor(from.id),
    };
  };
  const groups: ReadonlyArray<readonly [Kind, readonly Entry[]]> = [
    ['uncovered', coverage.uncoveredTopIssues.map((issue) => ({ key: issue.id, text: issue.title, anchor: recordAnchor(issue.id) }))],
    ['standAlone', coverage.standAlone.map(item)],
    ['dangling', coverage.dangling.map(link)],
    ['suspect', coverage.suspect.map(link)],
    ['noOwner', coverage.actionsWithoutOwner.map(item)],
    ['misfit', coverage.misfitParents.map(link)],
    [
      'cycles',
      coverage.cycles.map((ids) => ({
        key: ids.join(' '),
        text: ids.map((id) => index.item(id)?.body.title ?? t('planUnknownTarget')).join(' ⇄ '),
        anchor: ids[0] === undefined ? undefined : planItemAnchor(ids[0]),
      })),
    ],
  ];
  const shown = groups.filter(([, entries]) => entries.length > 0);
  // Nothing to find fault with is no good news while there is no plan, nor "covers the top issues" when there are none.
  const noPlan = index.items.length === 0;
  const noTopIssues = coverage.topIssues.length === 0;

  return (
    <section class="plan-coverage" aria-labelledby="plan-coverage-heading" data-testid="plan-coverage">
      <h3 id="plan-coverage-heading">{t('planCoverageHeading')}</h3>
      {noPlan && (
        <p class="status" data-testid="coverage-no-plan">
          {t(noTopIssues ? 'planCoverageNoPlanNoTopIssues' : 'planCoverageNoPlan')}
        </p>
      )}
      {!noPlan && noTopIssues && (
        <p class="status" data-testid="coverage-no-top-issues">
          {t('planCoverageNoTopIssues')}
        </p>
      )}
      {!noPlan && shown.length === 0 ? (
        <p class="status good" data-testid="coverage-all-good">
          {t(noTopIssues ? 'planCoverageAllGrounded' : 'planCoverageAllGood')}
        </p>
      ) : (
        shown.map(([kind, entries]) => (
          <div key={kind} class={`coverage-group kind-${kind}`} data-testid="coverage-group" data-kind={kind}>
            <h4>
              {t(LABELS[kind])} <span class="count">({formatCount(entries.length)})</span>
            </h4>
            <ul>
              {entries.map((entry) => (
                <li key={entry.key} data-testid="coverage-entry">
                  {entry.anchor === undefined ? (
                    entry.text
                  ) : (
                    <button type="button" class="link" onClick={() => entry.anchor !== undefined && open(entry.anchor)}>
                      {entry.text}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {children}
    </section>
  );
}
