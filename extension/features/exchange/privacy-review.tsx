import type { FindingKind } from '../../../shared/privacy/personal-data.ts';
import type { RecordFinding } from '../../../shared/privacy/scan-records.ts';
import { plural } from '../../i18n/plural.ts';
import { type MessageKey, t } from '../../i18n/t.ts';

const KIND_LABELS: Record<FindingKind, MessageKey> = {
  bsn: 'privacyKind_bsn',
  iban: 'privacyKind_iban',
  email: 'privacyKind_email',
  phone: 'privacyKind_phone',
  address: 'privacyKind_address',
  'birth-date': 'privacyKind_birth_date',
  tariff: 'privacyKind_tariff',
};

export interface PrivacyReviewProps {
  readonly findings: readonly RecordFinding[];
  readonly busy: boolean;
  readonly onRedact: (finding: RecordFinding) => void;
  readonly onConfirm: (finding: RecordFinding) => void;
  readonly onCancel: () => void;
}

/**
 * Before anything leaves the browser: every personal identifier or tariff the scan found, in its
 * context, to take out (a new version of the record) or to confirm as harmless. Test ids:
 * privacy-review, privacy-finding (data-kind), privacy-redact, privacy-confirm, privacy-cancel.
 */
export function PrivacyReview({ findings, busy, onRedact, onConfirm, onCancel }: PrivacyReviewProps) {
  return (
    <section class="privacy-review" role="alertdialog" aria-labelledby="privacy-title" data-testid="privacy-review">
      <h3 id="privacy-title">{t('privacyTitle')}</h3>
      <p>{plural(findings.length, 'privacyIntroOne', 'privacyIntroOther')}</p>
      <ul class="findings">
        {findings.map((finding) => {
          const at = finding.context.indexOf(finding.match);
          return (
            <li key={`${finding.recordId}-${finding.field}-${finding.start}`} data-testid="privacy-finding" data-kind={finding.kind}>
              <strong>{t(KIND_LABELS[finding.kind])}</strong>{' '}
              <q class="context">
                {at < 0 ? finding.context : finding.context.slice(0, at)}
                {at >= 0 && <mark>{finding.match}</mark>}
                {at >= 0 && finding.context.slice(at + finding.match.length)}
              </q>
              <span class="actions">
                <button type="button" class="danger" disabled={busy} onClick={() => onRedact(finding)} data-testid="privacy-redact">
                  {t('privacyRedact')}
                </button>
                <button type="button" class="secondary" disabled={busy} onClick={() => onConfirm(finding)} data-testid="privacy-confirm">
                  {t('privacyConfirm')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" class="secondary" onClick={onCancel} data-testid="privacy-cancel">
        {t('privacyCancel')}
      </button>
    </section>
  );
}
