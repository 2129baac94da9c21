import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { csvExport, type RegiobeeldAnalysis } from '../../../shared/regiobeeld/analyse.ts';
import type { PlanNode } from '../../../shared/plan/plan-tree.ts';
import { isLive, type LiveRecord, type RecordType, type RegionRecord } from '../../../shared/schema/record.ts';
import type { SurveyDefinition } from '../../../shared/survey/definition.ts';
import { observationFigureText } from '../../../shared/regiobeeld/figure-text.ts';
import { t, textLanguage } from '../../i18n/t.ts';
import { shortText } from '../../ui/record-text.ts';
import type { PlanStore } from './plan-store.ts';
import { CSV_TYPE, regiobeeldCsvName } from '../../ui/download.ts';
import { openAnchor, planItemAnchor } from './plan-text.ts';
import { PlanCoverageView } from './plan-coverage.tsx';
import { type PlanCardContext, PlanItemCard } from './plan-item-card.tsx';
import { type PartnerChoice, PlanItemEditor } from './plan-item-editor.tsx';
import type { LinkChoices } from './trace-link-editor.tsx';
import { standingIssues } from '../../../shared/records/issue-survivors.ts';
import { PlanAgreements } from './plan-agreements.tsx';
import { localDay } from '../../ui/local-day.ts';

export interface PlanViewProps {
  readonly plan: PlanStore;
  /** The dashboard's one analysis of the records, the plan's (shared/plan) included. */
  readonly analysis: RegiobeeldAnalysis;
  /** The records as stored, to choose link targets from. */
  readonly records: readonly RegionRecord[];
  readonly definitions: readonly SurveyDefinition[];
  readonly confirm: (question: string) => boolean;
  readonly download: (fileName: string, text: string, type: string) => void;
  readonly now: () => number;
}

function liveOf<T extends RecordType>(records: readonly RegionRecord[], type: T): Array<LiveRecord<T>> {
  return records.filter((record): record is LiveRecord<T> => record.type === type && isLive(record));
}

/**
 * The regioplan as a tree (ambitions → goals → actions) with the transformatieplan's initiatives
 * beside it, each item with its evidence inline, and the plan's coverage above all of it. Every
 * change says what changed. Test ids: plan-view, plan-new, plan-status, plan-failure, plan-tree,
 * plan-unplaced, plan-initiatives, plan-download-matrix; the cards', editors' and coverage's own
 * ids are in their files.
 */
export function PlanView({ plan, analysis, records, definitions, confirm, download, now }: PlanViewProps) {
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<{ text: string; failed: boolean } | undefined>(undefined);
  const { tree, coverage, index } = analysis.plan;
  // Where keyboard focus goes when an editor closes: the new item once the plan shows it, else the button.
  const [focusNext, setFocusNext] = useState<string | undefined>(undefined);
  const newButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusNext === undefined) return;
    if (focusNext === '') newButton.current?.focus();
    else if (!openAnchor(document, planItemAnchor(focusNext))) return;
    setFocusNext(undefined);
  }, [focusNext, index]);

  const partners = useMemo(
    // The coordinator is no partner and owns no plan item.
    () =>
      analysis.partners.all.flatMap((partner): PartnerChoice[] =>
        partner.organisation === null || partner.coordinator ? [] : [{ id: partner.id, name: partner.organisation }],
      ),
    [analysis.partners],
  );
  const choices = useMemo(
    (): LinkChoices => ({
      issues: standingIssues(records),
      observations: liveOf(records, 'observation'),
      responses: liveOf(records, 'surveyResponse'),
      items: index.items,
      definitions,
      partnerName: (id) => analysis.partners.of(id).organisation ?? t('regiobeeldUnknownPartner'),
      baselineText: (observation) => observationFigureText(observation.body, analysis.regionAreas, textLanguage()) ?? shortText(observation),
    }),
    [records, index, definitions, analysis.partners, analysis.regionAreas],
  );
  const report = (text: string, failed = false) => setStatus({ text, failed });
  const context: PlanCardContext = {
    plan,
    choices,
    partners,
    standAlone: new Set(coverage.standAlone.map((item) => item.id)),
    confirm,
    report,
    open: (anchor) => openAnchor(document, anchor),
  };

  function downloadMatrix() {
    const fileName = regiobeeldCsvName(analysis.overview.region, now(), 'herleidingsmatrix.csv');
    download(fileName, csvExport(analysis, 'herleidingsmatrix.csv'), CSV_TYPE);
    report(t('exportDone', fileName));
  }

  const node = (entry: PlanNode) => (
    <PlanItemCard key={entry.view.item.id} view={entry.view} context={context}>
      {entry.children.length > 0 && <ul class="plan-tree">{entry.children.map(node)}</ul>}
    </PlanItemCard>
  );

  return (
    <section class="card plan" aria-labelledby="plan-heading" data-testid="plan-view">
      <h2 id="plan-heading">{t('planHeading')}</h2>
      <p class="hint">{t('planIntro')}</p>
      <PlanCoverageView coverage={coverage} index={index} definitions={definitions} open={context.open}>
        <div class="row">
          <button type="button" onClick={downloadMatrix} data-testid="plan-download-matrix">
            {t('downloadCsv_traceMatrix')}
          </button>
        </div>
      </PlanCoverageView>
      {status !== undefined &&
        (status.failed ? (
          <p class="field-error" role="alert" data-testid="plan-failure">
            {status.text}
          </p>
        ) : (
          <p class="status" role="status" data-testid="plan-status">
            {status.text}
          </p>
        ))}
      {creating ? (
        <PlanItemEditor
          plan={plan}
          items={index.items}
          partners={partners}
          observations={choices.observations}
          baselineText={choices.baselineText}
          onDone={(saved) => {
            setCreating(false);
            setFocusNext(saved?.id ?? '');
            if (saved !== undefined) report(t('planSaved', saved.body.title));
          }}
        />
      ) : (
        <div class="row">
          <button
            type="button"
            class="primary"
            ref={newButton}
            onClick={() => {
              setStatus(undefined);
              setCreating(true);
            }}
            data-testid="plan-new"
          >
            {t('planNew')}
          </button>
        </div>
      )}
      <div class="plan-columns">
        <section aria-labelledby="plan-regioplan-heading">
          <h3 id="plan-regioplan-heading">{t('planRegioplanHeading')}</h3>
          {tree.ambitions.length === 0 && tree.unplaced.length === 0 && <p class="empty">{t('planEmpty')}</p>}
          {tree.ambitions.length > 0 && (
            <ul class="plan-tree" data-testid="plan-tree">
              {tree.ambitions.map(node)}
            </ul>
          )}
          {tree.unplaced.length > 0 && (
            <>
              <h3 id="plan-unplaced-heading">{t('planUnplacedHeading')}</h3>
              <ul class="plan-tree" aria-labelledby="plan-unplaced-heading" data-testid="plan-unplaced">
                {tree.unplaced.map(node)}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="plan-transformatie-heading">
          <h3 id="plan-transformatie-heading">{t('planTransformatieHeading')}</h3>
          {tree.initiatives.length === 0 ? (
            <p class="empty">{t('planEmpty')}</p>
          ) : (
            <ul class="plan-tree" data-testid="plan-initiatives">
              {tree.initiatives.map((view) => (
                <PlanItemCard key={view.item.id} view={view} context={context} />
              ))}
            </ul>
          )}
        </section>
      </div>
      <PlanAgreements analysis={analysis} today={localDay(new Date(now()))} />
    </section>
  );
}
