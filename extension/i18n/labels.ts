import type { Division } from '../../shared/catalog/region-division.ts';
import { isThemeKey, type ThemeKey } from '../../shared/catalog/themes.ts';
import type { OBSERVATION_KINDS } from '../../shared/schema/observation.ts';
import type { Domain, PartnerBody } from '../../shared/schema/partner.ts';
import type { RecordType } from '../../shared/schema/record.ts';
import type { CaptureRefusal } from '../messaging/capture-session.ts';
import { type MessageKey, t } from './t.ts';

type ObservationKindValue = (typeof OBSERVATION_KINDS)[number];

/** Who a partner speaks for: its domain, or the regiotafel for the coordinator. */
export function speaksForKey(body: Pick<PartnerBody, 'domain'>): MessageKey {
  return body.domain === undefined ? 'roleCoordinator' : DOMAIN_LABELS[body.domain];
}

/** Message names allow no hyphens, so codes map to keys by hand; the Record type keeps it complete. */
export const DOMAIN_LABELS: Record<Domain, MessageKey> = {
  zorg: 'domain_zorg',
  'sociaal-domein': 'domain_sociaal_domein',
  verzekeraar: 'domain_verzekeraar',
  'publieke-gezondheid': 'domain_publieke_gezondheid',
  inwoners: 'domain_inwoners',
};

/** How a division of the area catalogue is called beside its regions. */
export const DIVISION_LABELS: Record<Division, MessageKey> = {
  samenwerkingsregio: 'division_samenwerkingsregio',
  ggd: 'division_ggd',
};

export const RECORD_TYPE_LABELS: Record<RecordType, MessageKey> = {
  partner: 'recordType_partner',
  observation: 'recordType_observation',
  issue: 'recordType_issue',
  surveyResponse: 'recordType_surveyResponse',
  planItem: 'recordType_planItem',
  traceLink: 'recordType_traceLink',
  recognition: 'recordType_recognition',
  issueOutcome: 'recordType_issueOutcome',
  agreement: 'recordType_agreement',
  dotVote: 'recordType_dotVote',
  reply: 'recordType_reply',
  issueMerge: 'recordType_issueMerge',
  regionSettings: 'recordType_regionSettings',
  release: 'recordType_release',
  releaseApproval: 'recordType_releaseApproval',
};

export const KIND_LABELS: Record<ObservationKindValue, MessageKey> = {
  figure: 'kind_figure',
  signal: 'kind_signal',
  experience: 'kind_experience',
  context: 'kind_context',
};

export const THEME_LABELS: Record<ThemeKey, MessageKey> = {
  bevolkingsontwikkeling: 'theme_bevolkingsontwikkeling',
  'gezondheid-leefstijl': 'theme_gezondheid_leefstijl',
  zorggebruik: 'theme_zorggebruik',
  'zorgaanbod-arbeidsmarkt': 'theme_zorgaanbod_arbeidsmarkt',
  leefomgeving: 'theme_leefomgeving',
  personeelstekort: 'theme_personeelstekort',
  vergrijzing: 'theme_vergrijzing',
  'mentale-gezondheid': 'theme_mentale_gezondheid',
  'druk-acute-zorg': 'theme_druk_acute_zorg',
  gezondheidsverschillen: 'theme_gezondheidsverschillen',
};

/** A stored theme as a person reads it: a catalogue theme in the page's language, a partner's own as written. */
export function themeText(theme: string): string {
  return isThemeKey(theme) ? t(THEME_LABELS[theme]) : theme;
}

export const CAPTURE_REFUSAL_MESSAGES: Record<CaptureRefusal, MessageKey> = {
  'browser-page': 'refusal_browser_page',
  'store-page': 'refusal_store_page',
  'local-file': 'refusal_local_file',
  'not-web': 'refusal_not_web',
  'no-access': 'refusal_no_access',
  'no-tab': 'refusal_no_tab',
};
