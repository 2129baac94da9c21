import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { LIMITS } from '../../../shared/limits.ts';
import { DOMAINS, type Domain } from '../../../shared/schema/partner.ts';
import { regionCodeFromName } from '../../../shared/schema/region.ts';
import { nameProblem } from '../../../shared/schema/text.ts';
import { DOMAIN_LABELS } from '../../i18n/labels.ts';
import { storeFailureText } from '../../i18n/store-failure-text.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import type { PartnerInput } from '../../services/record-store.ts';

/** Region names offered while typing; any other region may be typed in full. */
const KNOWN_REGIONS = ['Helmond-De Peel'];

type Field = 'organisation' | 'domain' | 'regionName' | 'contactName';
type Errors = Partial<Record<Field, MessageKey>>;

interface Draft {
  organisation: string;
  domain: string;
  regionName: string;
  contactName: string;
}

function isDomain(value: string): value is Domain {
  return (DOMAINS as readonly string[]).includes(value);
}

/** The schema's own reason a name cannot stand, said in the partner's words, so saving never meets it. */
const NAME_ERRORS = { control: 'setupErrorNameControl', invisible: 'setupErrorNameInvisible' } as const satisfies Record<string, MessageKey>;

function nameError(name: string): MessageKey | undefined {
  if (name.length > LIMITS.shortText) return 'setupErrorTooLong';
  const problem = nameProblem(name);
  return problem === null ? undefined : NAME_ERRORS[problem];
}

function validate(draft: Draft): { errors: Errors; input?: PartnerInput } {
  const errors: Errors = {};
  const flag = (field: Field, key: MessageKey | undefined) => {
    if (key !== undefined) errors[field] = key;
  };
  const organisation = draft.organisation.trim();
  const regionName = draft.regionName.trim();
  const contactName = draft.contactName.trim();
  flag('organisation', organisation === '' ? 'setupErrorOrganisationRequired' : nameError(organisation));
  const domain = isDomain(draft.domain) ? draft.domain : undefined;
  if (domain === undefined) errors.domain = 'setupErrorDomainRequired';
  flag('regionName', regionName === '' ? 'setupErrorRegionRequired' : (nameError(regionName) ?? (regionCodeFromName(regionName) === '' ? 'setupErrorRegionInvalid' : undefined)));
  if (contactName !== '') flag('contactName', nameError(contactName));
  if (Object.keys(errors).length > 0 || domain === undefined) return { errors };
  return { errors, input: { organisation, domain, regionName, ...(contactName === '' ? {} : { contactName }) } };
}

export interface SetupFormProps {
  readonly onSubmit: (input: PartnerInput) => Promise<void>;
}

/** First-run setup: who this installation speaks for and in which region. */
export function SetupForm({ onSubmit }: SetupFormProps) {
  const [draft, setDraft] = useState<Draft>({ organisation: '', domain: '', regionName: '', contactName: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');

  const update = (field: Field) => (event: TargetedEvent<HTMLInputElement | HTMLSelectElement>) => {
    const { value } = event.currentTarget;
    setDraft((current) => ({ ...current, [field]: value }));
  };

  async function submit(event: TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = validate(draft);
    setErrors(checked.errors);
    setFailure('');
    if (checked.input === undefined) return;
    setSaving(true);
    try {
      await onSubmit(checked.input);
    } catch (error) {
      console.error(error);
      setFailure(storeFailureText(error, 'setupErrorSave'));
    } finally {
      setSaving(false);
    }
  }

  const fieldError = (field: Field) => {
    const key = errors[field];
    return key === undefined ? null : (
      <p class="field-error" id={`setup-${field}-error`} data-testid={`setup-error-${field}`}>
        {t(key)}
      </p>
    );
  };
  const describedBy = (field: Field) => (errors[field] === undefined ? undefined : `setup-${field}-error`);

  return (
    <form class="card setup" onSubmit={submit} noValidate data-testid="setup-form">
      <h1>{t('setupTitle')}</h1>
      <p class="hint">{t('setupIntro')}</p>

      <label for="setup-organisation">{t('setupOrganisation')}</label>
      <input
        id="setup-organisation"
        data-testid="setup-organisation"
        value={draft.organisation}
        onInput={update('organisation')}
        maxLength={LIMITS.shortText}
        autocomplete="organization"
        aria-invalid={errors.organisation !== undefined}
        aria-describedby={describedBy('organisation')}
      />
      {fieldError('organisation')}

      <label for="setup-domain">{t('setupDomain')}</label>
      <select id="setup-domain" data-testid="setup-domain" value={draft.domain} onChange={update('domain')} aria-invalid={errors.domain !== undefined} aria-describedby={describedBy('domain')}>
        <option value="">{t('setupDomainChoose')}</option>
        {DOMAINS.map((domain) => (
          <option key={domain} value={domain}>
            {t(DOMAIN_LABELS[domain])}
          </option>
        ))}
      </select>
      {fieldError('domain')}

      <label for="setup-region">{t('setupRegion')}</label>
      <input
        id="setup-region"
        data-testid="setup-region"
        list="setup-region-suggestions"
        value={draft.regionName}
        onInput={update('regionName')}
        maxLength={LIMITS.shortText}
        aria-invalid={errors.regionName !== undefined}
        aria-describedby={describedBy('regionName')}
      />
      <datalist id="setup-region-suggestions">
        {KNOWN_REGIONS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {fieldError('regionName')}

      <label for="setup-contact">{t('setupContact')}</label>
      <input
        id="setup-contact"
        data-testid="setup-contact"
        value={draft.contactName}
        onInput={update('contactName')}
        maxLength={LIMITS.shortText}
        autocomplete="name"
        aria-invalid={errors.contactName !== undefined}
        aria-describedby={describedBy('contactName')}
      />
      {fieldError('contactName')}

      {failure !== '' && (
        <p class="field-error" role="alert" data-testid="setup-error-save">
          {failure}
        </p>
      )}
      <button type="submit" class="primary" disabled={saving} data-testid="setup-save">
        {t('setupSave')}
      </button>
    </form>
  );
}
