import { formatClockTime } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';
import type { AutosaveState } from '../services/autosave.ts';

/** Where the partner's answers are: a polite live region, so a screen reader hears a failure. */
export function AutosaveStatus({ state }: { readonly state: AutosaveState }) {
  const text = {
    idle: () => t('autosaveIdle'),
    saving: () => t('autosaveSaving'),
    saved: () => (state.kind === 'saved' ? t('autosaveSaved', formatClockTime(state.at)) : ''),
    failed: () => t('autosaveFailed'),
  }[state.kind]();
  return (
    <p class={state.kind === 'failed' ? 'status field-error' : 'status'} role="status" data-testid="autosave-status" data-state={state.kind}>
      {text}
    </p>
  );
}
