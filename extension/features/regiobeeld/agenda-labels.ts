import type { AgendaKind } from '../../../shared/regiobeeld/agenda.ts';
import type { MessageKey } from '../../i18n/t.ts';

/** The gespreksagenda's headings, in the dashboard and the session view. */
export const AGENDA_LABELS: Record<AgendaKind, MessageKey> = {
  'shared-priority': 'agenda_shared_priority',
  'domains-differ': 'agenda_domains_differ',
  'urgent-little-evidence': 'agenda_urgent_little_evidence',
  'evidence-low-priority': 'agenda_evidence_low_priority',
  'not-in-plan': 'agenda_not_in_plan',
};
