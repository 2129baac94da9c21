import { useEffect, useState } from 'preact/hooks';
import { speaksForKey } from '../i18n/labels.ts';
import { plural } from '../i18n/plural.ts';
import { t } from '../i18n/t.ts';
import type { Identity, RecordStore } from '../services/record-store.ts';
import { useLiveQuery } from '../ui/use-live-query.ts';

export interface PopupAppProps {
  readonly store: RecordStore;
  readonly openDashboard: () => void;
  /** "Knippen": opens the sheet and clips the active tab (the selection, or the whole page). */
  readonly clip: () => void;
}

/** Test ids: popup-setup, popup-region, popup-organisation, popup-count, popup-clip, popup-open-dashboard. */
export function PopupApp({ store, openDashboard, clip }: PopupAppProps) {
  const [identity, setIdentity] = useState<Identity | undefined>(undefined);
  const observations = useLiveQuery(() => store.countLive('observation'), [store]);

  useEffect(() => {
    store.getIdentity().then(setIdentity, (error: unknown) => console.error(error));
  }, [store]);

  if (identity === undefined) return <p class="loading">{t('loading')}</p>;
  const { partner } = identity;
  const count = observations ?? 0;
  if (partner === undefined) {
    return (
      <main class="popup">
        <h1>{t('extName')}</h1>
        <p>{t('popupNotSetUp')}</p>
        <button type="button" class="primary" onClick={openDashboard} data-testid="popup-setup">
          {t('popupSetUp')}
        </button>
      </main>
    );
  }
  return (
    <main class="popup">
      <h1 data-testid="popup-region">{partner.body.regionName}</h1>
      <p class="who" data-testid="popup-organisation">
        {partner.body.organisation} · {t(speaksForKey(partner.body))}
      </p>
      <p class="stat" data-testid="popup-count">
        {plural(count, 'popupObservationCountOne', 'popupObservationCountOther')}
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={clip} data-testid="popup-clip">
          {t('popupClip')}
        </button>
        <button type="button" onClick={openDashboard} data-testid="popup-open-dashboard">
          {t('popupOpenDashboard')}
        </button>
      </div>
      <p class="hint small">{t('popupHowToClip')}</p>
    </main>
  );
}
