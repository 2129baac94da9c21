import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RegiobeeldAnalysis } from '../../../shared/regiobeeld/analyse.ts';
import { areasOfRegion } from '../../../shared/catalog/areas.ts';
import { THEMES } from '../../../shared/catalog/themes.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { compareText } from '../../../shared/canonical/compare-text.ts';
import { ObservationFilter } from '../../../shared/regiobeeld/observation-filter.ts';
import { observationsView } from '../../../shared/regiobeeld/observations-view.ts';
import { OBSERVATION_KINDS } from '../../../shared/schema/observation.ts';
import { DOMAINS } from '../../../shared/schema/partner.ts';
import { formatCount } from '../../i18n/format.ts';
import { DOMAIN_LABELS, KIND_LABELS, themeText } from '../../i18n/labels.ts';
import { plural } from '../../i18n/plural.ts';
import { type MessageKey, t } from '../../i18n/t.ts';
import { Field } from '../../components/form/field.tsx';
import { SelectField } from '../../components/form/select-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { restingItems } from '../plan/index.ts';
import { FigureTableView } from './figure-table-view.tsx';
import { SourceGroupList } from './source-group-list.tsx';

export interface ObservationsViewProps {
  readonly region: string;
  /** The observation index and partners of the dashboard's one analysis of the records. */
  readonly analysis: Pick<RegiobeeldAnalysis, 'observations' | 'partners' | 'plan' | 'regionAreas'>;
}

/** The form as typed: one value per choice, '' for "all", dates as a date field gives them. */
interface FilterForm {
  readonly text: string;
  readonly theme: string;
  readonly area: string;
  readonly kind: string;
  readonly partner: string;
  readonly domain: string;
  readonly from: string;
  readonly until: string;
}

/** A pause in typing this long runs the text query. */
export const TEXT_DEBOUNCE_MS = 150;

const EMPTY: FilterForm = { text: '', theme: '', area: '', kind: '', partner: '', domain: '', from: '', until: '' };

interface Option {
  readonly value: string;
  readonly label: string;
}

const one = (value: string): string[] | undefined => (value === '' ? undefined : [value]);

/** A date field names a day the person means to include; the filter's `until` is exclusive. */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function toFilter(form: FilterForm) {
  return ObservationFilter.safeParse({
    text: form.text.trim() === '' ? undefined : form.text,
    themes: one(form.theme),
    areas: one(form.area),
    kinds: one(form.kind),
    partnerIds: one(form.partner),
    domains: one(form.domain),
    from: form.from === '' ? undefined : form.from,
    until: form.until === '' ? undefined : dayAfter(form.until),
  });
}

/**
 * Every live observation of the regiobeeld, searchable and filterable, grouped by source and with
 * its figures set out by area and period (shared/regiobeeld/observations-view.ts). The index is
 * built once per change of the records; each filter change only queries it.
 * Test ids: observations-view, filter-text, filter-theme, filter-area, filter-kind, filter-partner,
 * filter-domain, filter-from, filter-until, filter-reset, observations-count; the lists' own ids are
 * in source-group-list.tsx and figure-table-view.tsx.
 */
export function ObservationsView({ region, analysis }: ObservationsViewProps) {
  const [form, setForm] = useState<FilterForm>(EMPTY);
  // Free text is queried once typing pauses, not on every key: each query scans the folded text
  // of every candidate clip, and a keystroke must never wait for that.
  const [text, setText] = useState('');
  useEffect(() => {
    if (form.text === text) return undefined;
    const timer = setTimeout(() => setText(form.text), TEXT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [form.text, text]);
  const { observations: index, partners, regionAreas } = analysis;
  // Keyed on the fields, not the form object: a keystroke in the text field alone changes nothing here.
  const filter = useMemo(() => toFilter({ ...form, text }), [form.theme, form.area, form.kind, form.partner, form.domain, form.from, form.until, text]);
  const view = useMemo(() => observationsView(index, filter.success ? filter.data : {}, regionAreas.areas), [index, filter, regionAreas]);
  const resting = useMemo(() => restingItems(analysis.plan), [analysis.plan]);

  const options = useMemo(() => {
    const catalogued = new Set<string>(THEMES.map((theme) => theme.key));
    const areas = areasOfRegion(region);
    const areaCodes = new Set(areas.map((area) => area.code));
    // Partners' own themes and areas typed as free text are filterable too, after the catalogue's.
    const extra = (keys: Iterable<string>, known: ReadonlySet<string>) => [...keys].filter((key) => !known.has(key)).sort(compareText);
    return {
      themes: [...THEMES.map((theme) => theme.key), ...extra(index.byTheme.keys(), catalogued)].map(
        (theme): Option => ({ value: theme, label: themeText(theme) }),
      ),
      areas: [
        ...areas.map((area): Option => ({ value: area.code, label: area.name })),
        ...extra(index.byArea.keys(), areaCodes).map((area): Option => ({ value: area, label: regionAreas.areaName(area) })),
      ],
      kinds: OBSERVATION_KINDS.map((kind): Option => ({ value: kind, label: t(KIND_LABELS[kind]) })),
      partners: partners.all
        .filter((partner) => index.byPartner.has(partner.id))
        .map((partner): Option => ({ value: partner.id, label: partner.organisation ?? t('regiobeeldUnknownPartner') })),
      domains: [
        ...DOMAINS.map((domain): Option => ({ value: domain, label: t(DOMAIN_LABELS[domain]) })),
        ...(index.byDomain.has('unknown') ? [{ value: 'unknown', label: t('domain_unknown') }] : []),
      ],
    };
  }, [region, index, partners, regionAreas]);

  const set = (field: keyof FilterForm) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  const choice = (field: 'theme' | 'area' | 'kind' | 'partner' | 'domain', label: MessageKey, choices: readonly Option[]) => (
    <SelectField
      id={`filter-${field}`}
      label={t(label)}
      value={form[field]}
      onChange={set(field)}
      options={[{ value: '', label: t('filterAll') }, ...choices]}
    />
  );
  const date = (field: 'from' | 'until', label: MessageKey) => (
    <Field id={`filter-${field}`} label={t(label)}>
      {(control) => <input {...control} type="date" value={form[field]} onInput={(event) => set(field)(event.currentTarget.value)} />}
    </Field>
  );

  return (
    <section class="card observations" aria-labelledby="observations-heading" data-testid="observations-view">
      <h2 id="observations-heading">{t('observationsHeading')}</h2>
      <p class="hint">{t('observationsIntro')}</p>
      <form class="observation-filters" role="search" aria-labelledby="observations-heading" onSubmit={(event) => event.preventDefault()}>
        <TextField id="filter-text" type="search" class="wide" label={t('filterText')} value={form.text} onChange={set('text')} maxLength={LIMITS.shortText} />
        {choice('theme', 'filterTheme', options.themes)}
        {choice('area', 'filterArea', options.areas)}
        {choice('kind', 'filterKind', options.kinds)}
        {choice('partner', 'filterPartner', options.partners)}
        {choice('domain', 'filterDomain', options.domains)}
        {date('from', 'filterFrom')}
        {date('until', 'filterUntil')}
        <div class="field reset">
          <button
            type="button"
            class="quiet"
            onClick={() => {
              setForm(EMPTY);
              setText('');
            }}
            data-testid="filter-reset"
          >
            {t('filterReset')}
          </button>
        </div>
      </form>
      {!filter.success && (
        <p class="field-error" role="alert" data-testid="filter-invalid">
          {t('filterInvalid')}
        </p>
      )}
      <p role="status" data-testid="observations-count">
        {t(
          'observationsCount',
          formatCount(view.matches.length),
          plural(view.total, 'countObservationOne', 'countObservationOther'),
          plural(view.sources.length, 'countSourceOne', 'countSourceOther'),
        )}
      </p>

      <h3>{t('sourcesHeading')}</h3>
      <SourceGroupList sources={view.sources} observations={index.byId} planItems={resting} />

      <h3 id="figures-heading">{t('figuresHeading')}</h3>
      <FigureTableView table={view.figures} areaName={regionAreas.areaName} labelledBy="figures-heading" />
    </section>
  );
}
