import { useEffect, useRef, useState } from 'preact/hooks';
import type { LiveRecord } from '../../../shared/schema/record.ts';
import { t } from '../../i18n/t.ts';
import type { PartnerInput, RecordStore } from '../../services/record-store.ts';
import { SetupForm } from './setup-form.tsx';

export interface SettingsPanelProps {
  readonly store: Pick<RecordStore, 'updatePartner'>;
  readonly partner: LiveRecord<'partner'>;
  /** Called with the partner record as stored after a change. */
  readonly onSaved: (partner: LiveRecord<'partner'>) => void;
}

/**
 * The settings of setup, changed later: a new version of the partner record that travels like any
 * other. Test ids: settings-open, settings-status, and those of the setup form.
 */
export function SettingsPanel({ store, partner, onSaved }: SettingsPanelProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [returnFocus, setReturnFocus] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // Closing the form removes what had focus: it goes back to the button that opened it.
  useEffect(() => {
    if (!open && returnFocus) {
      opener.current?.focus();
      setReturnFocus(false);
    }
  }, [open, returnFocus]);

  async function save(input: PartnerInput) {
    const saved = await store.updatePartner(input);
    setStatus(t(saved.updatedAt === partner.updatedAt ? 'settingsUnchanged' : 'settingsSaved'));
    setOpen(false);
    setReturnFocus(true);
    onSaved(saved);
  }

  return (
    <section class="card settings" id="settings" aria-label={t('settingsHeading')}>
      {open ? (
        <SetupForm
          current={{ body: partner.body, region: partner.region }}
          onSubmit={save}
          onCancel={() => {
            setOpen(false);
            setReturnFocus(true);
          }}
        />
      ) : (
        <button
          type="button"
          ref={opener}
          onClick={() => {
            setStatus('');
            setOpen(true);
          }}
          data-testid="settings-open"
        >
          {t('settingsOpen')}
        </button>
      )}
      {/* Always in the page, so a screen reader announces what is written into it. */}
      <p class="status" role="status" data-testid="settings-status">
        {status}
      </p>
    </section>
  );
}
