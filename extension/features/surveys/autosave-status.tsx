import { formatClockTime } from '../../i18n/format.ts';
import { storeFailureText } from '../../i18n/store-failure-text.ts';
import { t } from '../../i18n/t.ts';
import type { AutosaveState } from './autosave.ts';

/** Where the partner's answers are: a polite live region, so a screen reader hears a failure. */
export function AutosaveStatus({ state }: { readonly state: AutosaveState }) {
  return (
    <p class={state.kind === 'failed' ? 'status field-error' : 'status'} role="status" data-testid="autosave-status" data-state={state.kind}>
      {statusText(state)}
    </p>
  );
}

function statusText(state: AutosaveState): string {
  switch (state.kind) {
    case 'idle':
      return t('autosaveIdle');
    case 'saving':
      return t('autosaveSaving');
    case 'saved':
      return t('autosaveSaved', formatClockTime(state.at));
    case 'failed':
      return storeFailureText(state.error, 'autosaveFailed');
  }
}
