import { useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { THEMES } from '../../../shared/catalog/themes.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { sharedIssueList, type PublishedSettings } from '../../../shared/records/published-settings.ts';
import type { RegiobeeldAnalysis } from '../../../shared/regiobeeld/analyse.ts';
import type { IssueSummary } from '../../../shared/regiobeeld/issue-summaries.ts';
import type { RegionSettingsBody } from '../../../shared/schema/region-settings.ts';
import type { SurveyDefinition } from '../../../shared/survey/definition.ts';
import { SelectField } from '../../components/form/select-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { formatCount, formatMoment } from '../../i18n/format.ts';
import { themeText } from '../../i18n/labels.ts';
import { storeFailureText } from '../../i18n/store-failure-text.ts';
import { surveyRoundText } from '../../i18n/survey-round-text.ts';
import { t, textLanguage } from '../../i18n/t.ts';
import { RegionSettingsRefused, type RegionSettingsStore } from './region-settings-store.ts';

export interface RegionSettingsPanelProps {
  readonly analysis: RegiobeeldAnalysis;
  /** The surveys this installation knows, to name and choose the current round. */
  readonly definitions: readonly SurveyDefinition[];
  /** Given to the coordinator only: it alone publishes. */
  readonly store?: RegionSettingsStore | undefined;
}

/**
 * What the coordinator published for the region: the shared issue list, the themes and the survey
 * round, and which standing issues are not yet on the list; the coordinator publishes it here.
 * Test ids: region-settings, region-settings-none, region-settings-published, region-settings-issue,
 * region-settings-themes, region-settings-round, region-settings-not-shared, region-settings-ignored,
 * region-settings-open, region-settings-form, region-settings-issue-option, region-settings-theme-option,
 * region-settings-own-themes, region-settings-survey, region-settings-survey-round, region-settings-publish,
 * region-settings-cancel, region-settings-status, region-settings-failure.
 */
export function RegionSettingsPanel({ analysis, definitions, store }: RegionSettingsPanelProps) {
  const { published, ignoredWriters } = analysis.settings;
  const issues = analysis.issues.issues;
  const shared = sharedIssueList(published);
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  const notShared = shared === undefined ? [] : issues.filter((issue) => !shared.has(issue.id));
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState({ done: '', failed: '' });
  const openButton = useRef<HTMLButtonElement>(null);
  const partnerName = (id: string) => analysis.partners.of(id).organisation ?? t('regiobeeldUnknownPartner');

  return (
    <section class="card" aria-labelledby="region-settings-heading" data-testid="region-settings">
      <h2 id="region-settings-heading">{t('regionSettingsHeading')}</h2>
      {published === undefined ? (
        <p class="hint" data-testid="region-settings-none">
          {t(store === undefined ? 'regionSettingsNone' : 'regionSettingsNoneCoordinator')}
        </p>
      ) : (
        <div data-testid="region-settings-published">
          <p class="hint">{t('regionSettingsPublishedBy', partnerName(published.record.origin), formatMoment(published.record.updatedAt))}</p>
          {published.issueIds.length === 0 ? (
            <p>{t('regionSettingsNoList')}</p>
          ) : (
            <>
              <h3>{t('regionSettingsListHeading', formatCount(published.issueIds.length))}</h3>
              <ol>
                {published.issueIds.map((id) => (
                  <li key={id} data-testid="region-settings-issue" data-issue-id={id}>
                    {byId.get(id)?.title ?? id}
                  </li>
                ))}
              </ol>
            </>
          )}
          <p data-testid="region-settings-themes">
            {published.themes.length === 0 ? t('regionSettingsCatalogueThemes') : t('regionSettingsThemes', published.themes.map(themeText).join(', '))}
          </p>
          <p data-testid="region-settings-round">{surveyRoundText(published.surveyRound, definitions)}</p>
          {notShared.length > 0 && (
            <>
              <h3>{t('regionSettingsNotSharedHeading')}</h3>
              <p class="hint small">{t('regionSettingsNotSharedHint')}</p>
              <ul>
                {notShared.map((issue) => (
                  <li key={issue.id} data-testid="region-settings-not-shared" data-issue-id={issue.id}>
                    {issue.title}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {ignoredWriters.length > 0 && (
        <p class="hint small" data-testid="region-settings-ignored">
          {t('regionSettingsIgnored', ignoredWriters.map(partnerName).join(', '))}
        </p>
      )}
      {store !== undefined &&
        (editing ? (
          <SettingsForm
            issues={issues}
            published={published}
            definitions={definitions}
            onPublish={async (body) => {
              setStatus({ done: '', failed: '' });
              try {
                await store.publish(body);
                setStatus({ done: t('regionSettingsSaved'), failed: '' });
                setEditing(false);
                queueMicrotask(() => openButton.current?.focus());
              } catch (error) {
                setStatus({ done: '', failed: publishFailure(error) });
              }
            }}
            onCancel={() => {
              setEditing(false);
              queueMicrotask(() => openButton.current?.focus());
            }}
          />
        ) : (
          <button type="button" ref={openButton} onClick={() => setEditing(true)} data-testid="region-settings-open">
            {t(published === undefined ? 'regionSettingsOpenFirst' : 'regionSettingsOpen')}
          </button>
        ))}
      <p class="status" role="status" data-testid="region-settings-status">
        {status.done}
      </p>
      <p class="field-error" role="alert" data-testid="region-settings-failure">
        {status.failed}
      </p>
    </section>
  );
}

function publishFailure(error: unknown): string {
  if (error instanceof RegionSettingsRefused) return t(error.code === 'not-coordinator' ? 'regionSettingsNotCoordinator' : 'regionSettingsIssueGone');
  console.error(error);
  return storeFailureText(error, 'regionSettingsFailed');
}

/** The published settings as the form starts from them: the list as it stands, else every standing issue. */
function startingValues(issues: readonly IssueSummary[], published: PublishedSettings | undefined) {
  const catalogue = new Set<string>(THEMES.map((theme) => theme.key));
  const themes = published?.themes ?? [];
  return {
    issueIds: published === undefined || published.issueIds.length === 0 ? issues.map((issue) => issue.id) : [...published.issueIds],
    themes: themes.filter((theme) => catalogue.has(theme)),
    ownThemes: themes.filter((theme) => !catalogue.has(theme)).join('\n'),
    surveyId: published?.surveyRound?.surveyId ?? '',
    round: String(published?.surveyRound?.round ?? 1),
  };
}

function SettingsForm({
  issues,
  published,
  definitions,
  onPublish,
  onCancel,
}: {
  readonly issues: readonly IssueSummary[];
  readonly published: PublishedSettings | undefined;
  readonly definitions: readonly SurveyDefinition[];
  readonly onPublish: (body: RegionSettingsBody) => Promise<void>;
  readonly onCancel: () => void;
}) {
  const [values, setValues] = useState(() => startingValues(issues, published));
  const [roundError, setRoundError] = useState(false);
  const [themesError, setThemesError] = useState(false);
  const [busy, setBusy] = useState(false);
  const language = textLanguage();
  // The published order first (the table's), then issues raised since; fixed while the form is open, so ticking moves nothing.
  const [ordered] = useState(() => {
    const byId = new Map(issues.map((issue) => [issue.id, issue]));
    const first = new Set(values.issueIds);
    return [...values.issueIds.flatMap((id) => byId.get(id) ?? []), ...issues.filter((issue) => !first.has(issue.id))];
  });
  const chosen = new Set(values.issueIds);
  const toggle = (list: readonly string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

  async function submit(event: TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const round = Number(values.round);
    const roundOk = Number.isInteger(round) && round >= 1 && round <= LIMITS.delphiRounds;
    setRoundError(values.surveyId !== '' && !roundOk);
    if (values.surveyId !== '' && !roundOk) return;
    const own = [...new Set(values.ownThemes.split('\n').map((theme) => theme.trim()))].filter((theme) => theme !== '' && !values.themes.includes(theme));
    const themesOk = own.every((theme) => theme.length <= LIMITS.shortText) && values.themes.length + own.length <= LIMITS.listItems;
    setThemesError(!themesOk);
    if (!themesOk) return;
    setBusy(true);
    try {
      await onPublish({
        issueIds: ordered.map((issue) => issue.id).filter((id) => chosen.has(id)),
        themes: [...THEMES.map((theme) => theme.key).filter((key) => values.themes.includes(key)), ...own],
        ...(values.surveyId === '' ? {} : { surveyRound: { surveyId: values.surveyId, round } }),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="region-settings-form" onSubmit={(event) => void submit(event)} noValidate data-testid="region-settings-form">
      <fieldset>
        <legend>{t('regionSettingsIssuesLegend')}</legend>
        <p class="hint small">{t('regionSettingsIssuesHint')}</p>
        {ordered.map((issue) => (
          <label class="choice" key={issue.id}>
            <input
              type="checkbox"
              checked={chosen.has(issue.id)}
              onChange={() => setValues((current) => ({ ...current, issueIds: toggle(current.issueIds, issue.id) }))}
              data-testid="region-settings-issue-option"
              data-issue-id={issue.id}
            />
            {issue.title}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('regionSettingsThemesLegend')}</legend>
        <p class="hint small">{t('regionSettingsThemesHint')}</p>
        {THEMES.map((theme) => (
          <label class="choice" key={theme.key}>
            <input
              type="checkbox"
              checked={values.themes.includes(theme.key)}
              onChange={() => setValues((current) => ({ ...current, themes: toggle(current.themes, theme.key) }))}
              data-testid="region-settings-theme-option"
              data-value={theme.key}
            />
            {themeText(theme.key)}
          </label>
        ))}
        <TextField
          id="region-settings-own-themes"
          label={t('regionSettingsOwnThemes')}
          hint={t('regionSettingsOwnThemesHint')}
          value={values.ownThemes}
          onChange={(ownThemes) => setValues((current) => ({ ...current, ownThemes }))}
          maxLength={LIMITS.listItems * (LIMITS.shortText + 1)}
          rows={3}
          error={themesError ? 'regionSettingsThemesInvalid' : undefined}
        />
      </fieldset>
      <SelectField
        id="region-settings-survey"
        label={t('regionSettingsSurvey')}
        value={values.surveyId}
        onChange={(surveyId) => setValues((current) => ({ ...current, surveyId }))}
        options={[
          { value: '', label: t('regionSettingsSurveyNone') },
          ...definitions.map((definition) => ({ value: definition.header.id, label: definition.header.title[language] })),
        ]}
      />
      {values.surveyId !== '' && (
        <TextField
          id="region-settings-survey-round"
          label={t('regionSettingsSurveyRound')}
          value={values.round}
          onChange={(round) => setValues((current) => ({ ...current, round }))}
          maxLength={2}
          error={roundError ? 'regionSettingsRoundInvalid' : undefined}
        />
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy} data-testid="region-settings-publish">
          {t('regionSettingsPublish')}
        </button>
        <button type="button" onClick={onCancel} data-testid="region-settings-cancel">
          {t('regionSettingsCancel')}
        </button>
      </div>
    </form>
  );
}
