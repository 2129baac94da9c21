import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import type { Division } from '../../../shared/catalog/region-division.ts';
import { KNOWN_REGIONS, knownRegion } from '../../../shared/catalog/regions.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { DOMAINS, type Domain, type PartnerBody } from '../../../shared/schema/partner.ts';
import { regionCodeFromName } from '../../../shared/schema/region.ts';
import { nameProblem } from '../../../shared/schema/text.ts';
import { DIVISION_LABELS, DOMAIN_LABELS } from '../../i18n/labels.ts';
import { plural } from '../../i18n/plural.ts';
import { storeFailureText } from '../../i18n/store-failure-text.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import { SelectField } from '../../components/form/select-field.tsx';
import { FormFailure } from '../../components/form/form-failure.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import type { PartnerInput } from '../../services/record-store.ts';

type Field = 'organisation' | 'domain' | 'regionName' | 'contactName';
type Errors = Partial<Record<Field, MessageKey>>;
type Role = 'partner' | 'coordinator';

interface Draft {
  organisation: string;
  role: Role;
  domain: string;
  regionName: string;
  contactName: string;
}

function draftOf(body: PartnerBody | undefined): Draft {
  return {
    organisation: body?.organisation ?? '',
    role: body?.role === 'coordinator' ? 'coordinator' : 'partner',
    domain: body?.domain ?? '',
    regionName: body?.regionName ?? '',
    contactName: body?.contactName ?? '',
  };
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
  if (draft.role === 'partner' && domain === undefined) errors.domain = 'setupErrorDomainRequired';
  flag(
    'regionName',
    regionName === '' ? 'setupErrorRegionRequired' : (nameError(regionName) ?? (regionCodeFromName(regionName) === '' ? 'setupErrorRegionInvalid' : undefined)),
  );
  if (contactName !== '') flag('contactName', nameError(contactName));
  if (Object.keys(errors).length > 0) return { errors };
  const contact = contactName === '' ? {} : { contactName };
  if (draft.role === 'coordinator') return { errors, input: { organisation, role: 'coordinator', regionName, ...contact } };
  return domain === undefined ? { errors } : { errors, input: { organisation, domain, regionName, ...contact } };
}

export interface SetupFormProps {
  readonly onSubmit: (input: PartnerInput) => Promise<void>;
  /**
   * The settings as they are, to change them (a settings screen) rather than set them up: the
   * region code shown stays, whatever the region name becomes.
   */
  readonly current?: { readonly body: PartnerBody; readonly region: string };
  /** Closes the settings without saving; only with `current`. */
  readonly onCancel?: () => void;
}

/**
 * First-run setup, and later the settings: who this installation speaks for (a partner and its
 * domain, or the coordinator of the regiotafel, who has none) and in which region.
 * Test ids: setup-form, setup-role-partner, setup-role-coordinator, setup-domain, setup-region-code,
 * setup-save, setup-cancel, setup-error-<field>, setup-error-save.
 */
export function SetupForm({ onSubmit, current, onCancel }: SetupFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(current?.body));
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');

  const update = (field: Field) => (value: string) => setDraft((held) => ({ ...held, [field]: value }));
  const chooseRole = (role: Role) => setDraft((held) => ({ ...held, role }));

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
      setFailure(storeFailureText(error, current === undefined ? 'setupErrorSave' : 'settingsErrorSave'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="card setup" onSubmit={submit} noValidate data-testid="setup-form">
      {current === undefined ? <h1>{t('setupTitle')}</h1> : <h2>{t('settingsHeading')}</h2>}
      <p class="hint">{t(current === undefined ? 'setupIntro' : 'settingsIntro')}</p>

      <TextField
        id="setup-organisation"
        label={t('setupOrganisation')}
        value={draft.organisation}
        onChange={update('organisation')}
        maxLength={LIMITS.shortText}
        autocomplete="organization"
        error={errors.organisation}
        errorTestId="setup-error-organisation"
      />
      <fieldset class="field setup-role">
        <legend>{t('setupRole')}</legend>
        {(['partner', 'coordinator'] as const).map((role) => (
          <label key={role} class="choice">
            <input
              type="radio"
              name="setup-role"
              value={role}
              checked={draft.role === role}
              onChange={() => chooseRole(role)}
              data-testid={`setup-role-${role}`}
            />
            {t(role === 'partner' ? 'setupRolePartner' : 'setupRoleCoordinator')}
          </label>
        ))}
      </fieldset>
      {current !== undefined && current.body.role !== 'coordinator' && draft.role === 'coordinator' && (
        <p class="hint" role="note" data-testid="setup-role-change">
          {t('settingsBecomeCoordinator')}
        </p>
      )}
      {draft.role === 'partner' && (
        <SelectField
          id="setup-domain"
          label={t('setupDomain')}
          value={draft.domain}
          onChange={update('domain')}
          options={[{ value: '', label: t('setupDomainChoose') }, ...DOMAINS.map((domain) => ({ value: domain, label: t(DOMAIN_LABELS[domain]) }))]}
          error={errors.domain}
          errorTestId="setup-error-domain"
        />
      )}
      <TextField
        id="setup-region"
        label={t('setupRegion')}
        value={draft.regionName}
        onChange={update('regionName')}
        maxLength={LIMITS.shortText}
        list="setup-region-suggestions"
        hint={regionHint(current?.region ?? regionCodeFromName(draft.regionName), draft.regionName.trim() !== '')}
        error={errors.regionName}
        errorTestId="setup-error-regionName"
      />
      {current !== undefined && (
        <p class="hint small" data-testid="setup-region-code">
          {t('settingsRegionCode', current.region)}
        </p>
      )}
      <datalist id="setup-region-suggestions">
        {KNOWN_REGIONS.map((region) => (
          <option key={region.code} value={region.name} label={regionLabel(region.division, region.gemeenten.length)} />
        ))}
      </datalist>
      <TextField
        id="setup-contact"
        label={t('setupContact')}
        value={draft.contactName}
        onChange={update('contactName')}
        maxLength={LIMITS.shortText}
        autocomplete="name"
        error={errors.contactName}
        errorTestId="setup-error-contactName"
      />

      <FormFailure text={failure} testId="setup-error-save" />
      <div class="row">
        <button type="submit" class="primary" disabled={saving} data-testid="setup-save">
          {t(current === undefined ? 'setupSave' : 'settingsSave')}
        </button>
        {current !== undefined && onCancel !== undefined && (
          <button type="button" onClick={onCancel} data-testid="setup-cancel">
            {t('settingsCancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function regionLabel(division: Division, gemeenten: number): string {
  return t('setupRegionOption', t(DIVISION_LABELS[division]), plural(gemeenten, 'countGemeenteOne', 'countGemeenteOther'));
}

/**
 * Whether the region that will be stored is one the catalogue knows (its gemeenten are offered in
 * the capture sheet) or one of the partner's own, for which no gemeenten are offered; the field's
 * hint (`setup-region-hint`), so a screen reader reads it with the field. Settings keep the stored
 * code, so that is the one asked about there.
 */
function regionHint(code: string, typed: boolean): string | undefined {
  if (!typed) return undefined;
  const region = knownRegion(code);
  return region === undefined ? t('setupRegionCustom') : t('setupRegionKnown', regionLabel(region.division, region.gemeenten.length));
}
