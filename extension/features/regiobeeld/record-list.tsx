import { areaName } from '../../../shared/catalog/areas.ts';
import { useWijkNames } from '../../ui/use-wijk-names.ts';
import { isLive, type LiveRecord, type RegionRecord } from '../../../shared/schema/record.ts';
import type { AnchorStatus } from '../../db/anchor-row.ts';
import { formatCount, formatMoment } from '../../i18n/format.ts';
import { KIND_LABELS, RECORD_TYPE_LABELS, themeText } from '../../i18n/labels.ts';
import { plural } from '../../i18n/plural.ts';
import { t, textLanguage } from '../../i18n/t.ts';
import { figureText } from '../../../shared/regiobeeld/figure-text.ts';
import { CLIP_STATUS_LABELS, clipStatus } from '../../ui/clip-status.ts';
import { recordAnchor } from '../plan/index.ts';
import { RestingPlanItems } from '../plan/index.ts';
import { mainText, openOnSourceHref, sourceOf } from '../../ui/record-text.ts';
import type { PlanItem } from '../../../shared/plan/plan-index.ts';
import { useWindow } from '../../ui/use-window.ts';

export interface RecordListProps {
  /** Live records to show, newest first. */
  readonly records: readonly RegionRecord[];
  /** Organisation per partner id, to say who wrote each record. */
  readonly partnerNames: ReadonlyMap<string, string>;
  /** Whether each clip was found on its source again, as this browser last saw. */
  readonly statuses: ReadonlyMap<string, AnchorStatus>;
  /** Per record id, the plan items that rest on it. */
  readonly planItems: ReadonlyMap<string, readonly PlanItem[]>;
  readonly onDelete: (record: RegionRecord) => void;
  readonly onEdit: (record: LiveRecord<'observation'>) => void;
}

/** Rows shown at first and added per "show more": a merged regiobeeld holds tens of thousands. */
export const RECORDS_STEP = 250;

/** Test ids: records-empty, records-table, record-row and its parts, records-more. */
export function RecordList({ records, partnerNames, statuses, planItems, onDelete, onEdit }: RecordListProps) {
  const list = useWindow(records, RECORDS_STEP);
  if (records.length === 0) {
    return (
      <p class="empty" data-testid="records-empty">
        {t('recordsEmpty')}
      </p>
    );
  }
  return (
    <>
      <table class="records" data-testid="records-table">
        <thead>
          <tr>
            <th scope="col">{t('columnType')}</th>
            <th scope="col">{t('columnText')}</th>
            <th scope="col">{t('columnSource')}</th>
            <th scope="col">{t('columnPartner')}</th>
            <th scope="col">{t('columnUpdated')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.shown.map((record) => (
            <RecordRow
              key={record.id}
              record={record}
              partner={partnerNames.get(record.origin)}
              statuses={statuses}
              planItems={planItems.get(record.id) ?? []}
              onDelete={onDelete}
              onEdit={onEdit}
            />
          ))}
        </tbody>
      </table>
      {list.rest > 0 && (
        <button type="button" onClick={list.more} data-testid="records-more">
          {plural(Math.min(RECORDS_STEP, list.rest), 'recordsMoreOne', 'recordsMoreOther', formatCount(list.rest))}
        </button>
      )}
    </>
  );
}

interface RecordRowProps {
  readonly record: RegionRecord;
  readonly partner: string | undefined;
  readonly statuses: ReadonlyMap<string, AnchorStatus>;
  readonly planItems: readonly PlanItem[];
  readonly onDelete: (record: RegionRecord) => void;
  readonly onEdit: (record: LiveRecord<'observation'>) => void;
}

function RecordRow({ record, partner, statuses, planItems, onDelete, onEdit }: RecordRowProps) {
  const source = sourceOf(record);
  const observation = record.type === 'observation' && isLive(record) ? record : undefined;
  return (
    <tr id={recordAnchor(record.id)} tabIndex={-1} data-testid="record-row" data-record-id={record.id} data-record-type={record.type}>
      <td class="type">{t(RECORD_TYPE_LABELS[record.type])}</td>
      <td class="text">
        <span data-testid="record-text">{mainText(record)}</span>
        {observation !== undefined && <ObservationMeta record={observation} />}
        <RestingPlanItems items={planItems} />
      </td>
      <td class="source">
        {source?.href === undefined ? (
          source?.title
        ) : (
          <a href={source.href} target="_blank" rel="noopener noreferrer" data-testid="record-source">
            {source.title}
          </a>
        )}
        {observation !== undefined && <ClipOnSource record={observation} statuses={statuses} />}
      </td>
      <td class="partner">{partner ?? t('partnerUnknown')}</td>
      <td class="updated">
        <time dateTime={record.updatedAt.slice(0, 24)}>{formatMoment(record.updatedAt)}</time>
      </td>
      <td class="actions">
        {observation !== undefined && (
          <button type="button" class="quiet" onClick={() => onEdit(observation)} data-testid="record-edit">
            {t('editRecord')}
          </button>
        )}
        <button type="button" class="danger" onClick={() => onDelete(record)} data-testid="record-delete">
          {t('deleteRecord')}
        </button>
      </td>
    </tr>
  );
}

/** Kind, figure, areas, themes and interpretation under the quote. */
function ObservationMeta({ record }: { record: LiveRecord<'observation'> }) {
  const { kind, figure, areas, themes, interpretation } = record.body;
  const wijken = useWijkNames(areas);
  const parts = [
    t(KIND_LABELS[kind]),
    // The areas follow on their own, so the figure's line names only its label and period.
    ...(figure === undefined ? [] : [figureText(figure, [], textLanguage())]),
    ...areas.map((area) => areaName(area, wijken)),
    ...themes.map(themeText),
  ];
  return (
    <>
      <span class="meta" data-testid="record-meta">
        {parts.join(' · ')}
      </span>
      {interpretation !== '' && (
        <span class="interpretation" data-testid="record-interpretation">
          {interpretation}
        </span>
      )}
    </>
  );
}

/** Whether the clip was found on its source again, and a link that opens the source at the passage. */
function ClipOnSource({ record, statuses }: { record: LiveRecord<'observation'>; statuses: ReadonlyMap<string, AnchorStatus> }) {
  const status = clipStatus(record, statuses);
  const href = openOnSourceHref(record.body);
  return (
    <span class="on-source">
      <span class={`clip-status status-${status}`} data-testid="record-anchor" data-status={status}>
        {t(CLIP_STATUS_LABELS[status])}
      </span>
      {href !== undefined && (
        <a href={href} target="_blank" rel="noopener noreferrer" data-testid="record-open-source">
          {t('openOnSource')}
        </a>
      )}
    </span>
  );
}
