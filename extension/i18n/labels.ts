import type { Domain } from '../../shared/schema/partner.ts';
import type { RecordType } from '../../shared/schema/record.ts';
import type { MessageKey } from './t.ts';

/** Message names allow no hyphens, so codes map to keys by hand; the Record type keeps it complete. */
export const DOMAIN_LABELS: Record<Domain, MessageKey> = {
  zorg: 'domain_zorg',
  'sociaal-domein': 'domain_sociaal_domein',
  verzekeraar: 'domain_verzekeraar',
  'publieke-gezondheid': 'domain_publieke_gezondheid',
  inwoners: 'domain_inwoners',
};

export const RECORD_TYPE_LABELS: Record<RecordType, MessageKey> = {
  partner: 'recordType_partner',
  observation: 'recordType_observation',
  issue: 'recordType_issue',
  surveyResponse: 'recordType_surveyResponse',
  planItem: 'recordType_planItem',
  traceLink: 'recordType_traceLink',
};
