import type { RegionRecord } from '../../shared/schema/record.ts';
import { formatMoment } from '../i18n/format.ts';
import { RECORD_TYPE_LABELS } from '../i18n/labels.ts';
import { t } from '../i18n/t.ts';
import { mainText, sourceOf } from '../ui/record-text.ts';

export interface RecordListProps {
  /** Live records to show, newest first. */
  readonly records: readonly RegionRecord[];
  /** Organisation per partner id, to say who wrote each record. */
  readonly partnerNames: ReadonlyMap<string, string>;
  readonly onDelete: (record: RegionRecord) => void;
}

export function RecordList({ records, partnerNames, onDelete }: RecordListProps) {
  if (records.length === 0) {
    return (
      <p class="empty" data-testid="records-empty">
        {t('recordsEmpty')}
      </p>
    );
  }
  return (
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
        {records.map((record) => (
          <RecordRow key={record.id} record={record} partner={partnerNames.get(record.origin)} onDelete={onDelete} />
        ))}
      </tbody>
    </table>
  );
}

function RecordRow({ record, partner, onDelete }: { record: RegionRecord; partner: string | undefined; onDelete: (record: RegionRecord) => void }) {
  const source = sourceOf(record);
  return (
    <tr data-testid="record-row" data-record-id={record.id} data-record-type={record.type}>
      <td class="type">{t(RECORD_TYPE_LABELS[record.type])}</td>
      <td class="text" data-testid="record-text">
        {mainText(record)}
      </td>
      <td class="source">
        {source?.href === undefined ? (
          source?.title
        ) : (
          <a href={source.href} target="_blank" rel="noopener noreferrer" data-testid="record-source">
            {source.title}
          </a>
        )}
      </td>
      <td class="partner">{partner ?? t('partnerUnknown')}</td>
      <td class="updated">
        <time dateTime={record.updatedAt.slice(0, 24)}>{formatMoment(record.updatedAt)}</time>
      </td>
      <td class="actions">
        <button type="button" class="danger" onClick={() => onDelete(record)} data-testid="record-delete">
          {t('deleteRecord')}
        </button>
      </td>
    </tr>
  );
}
