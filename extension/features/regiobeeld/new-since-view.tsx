import { useMemo } from 'preact/hooks';
import { newSince, seenNow } from '../../../shared/regiobeeld/new-since.ts';
import type { PartnerDirectory } from '../../../shared/regiobeeld/partners.ts';
import { RECORD_TYPES, type RegionRecord } from '../../../shared/schema/record.ts';
import { formatCount } from '../../i18n/format.ts';
import { RECORD_TYPE_LABELS } from '../../i18n/labels.ts';
import { t } from '../../i18n/t.ts';
import type { RecordStore } from '../../services/record-store.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';

export interface NewSinceViewProps {
  readonly store: Pick<RecordStore, 'seenVersions' | 'markSeen'>;
  readonly records: readonly RegionRecord[];
  readonly partners: PartnerDirectory;
  /** This installation's origin: its own versions are never new to it. */
  readonly self: string;
}

/**
 * After a sync or an import: what other partners wrote since this partner last looked, per
 * partner and kind, until it says it has seen it. Test ids: new-since, new-since-partner
 * (data-partner-id), new-since-seen.
 */
export function NewSinceView({ store, records, partners, self }: NewSinceViewProps) {
  const seen = useLiveQuery(() => store.seenVersions(), [store]);
  const fresh = useMemo(() => (seen === undefined ? [] : newSince(records, seen, self)), [records, seen, self]);
  if (fresh.length === 0) return null;
  return (
    <section class="card new-since" aria-labelledby="new-since-heading" data-testid="new-since">
      <h2 id="new-since-heading">{t('newSinceHeading')}</h2>
      <ul>
        {fresh.map((entry) => (
          <li key={entry.partnerId} data-testid="new-since-partner" data-partner-id={entry.partnerId}>
            <strong>{partners.of(entry.partnerId).organisation ?? t('regiobeeldUnknownPartner')}</strong>:{' '}
            {RECORD_TYPES.flatMap((type) => {
              const count = entry.counts[type];
              return count === undefined ? [] : [`${t(RECORD_TYPE_LABELS[type])} ${formatCount(count)}`];
            }).join(', ')}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void store.markSeen(seenNow(records)).catch((error: unknown) => console.error(error))} data-testid="new-since-seen">
        {t('newSinceSeen')}
      </button>
    </section>
  );
}
