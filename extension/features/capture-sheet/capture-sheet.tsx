import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { type Area, areaName } from '../../../shared/catalog/areas.ts';
import { useWijkNames } from '../../ui/use-wijk-names.ts';
import { THEMES } from '../../../shared/catalog/themes.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { OBSERVATION_KINDS } from '../../../shared/schema/observation.ts';
import type { RecordId } from '../../../shared/schema/ids.ts';
import type { LiveRecord } from '../../../shared/schema/record.ts';
import { KIND_LABELS, themeText } from '../../i18n/labels.ts';
import { storeFailureText } from '../../i18n/store-failure-text.ts';
import { t, uiLanguage } from '../../i18n/t.ts';
import type { ObservationInput } from '../../services/record-store.ts';
import { type SheetErrors, sheetToInput } from './sheet-input.ts';
import type { Kind, SheetValues } from './sheet-values.ts';
import { type ChoiceGroup, ChoiceList } from './choice-list.tsx';
import { useRegionWijken, WijkenControl } from './wijken-control.tsx';
import { FigureFields } from './figure-fields.tsx';
import { IssueField } from './issue-field.tsx';
import { SourceFields } from './source-fields.tsx';
import { FieldError } from '../../components/form/field.tsx';
import { SelectField } from '../../components/form/select-field.tsx';
import { FormFailure } from '../../components/form/form-failure.tsx';
import { TextField } from '../../components/form/text-field.tsx';

export interface CaptureSheetProps {
  readonly heading: string;
  readonly initial: SheetValues;
  readonly regionAreas: readonly Area[];
  readonly issues: ReadonlyArray<LiveRecord<'issue'>>;
  /** The region's shared issue list: those on it come first, the others are marked as not yet on it. */
  readonly sharedIssueIds?: ReadonlySet<RecordId> | undefined;
  /** The themes the coordinator published for the region; none: the catalogue's. */
  readonly regionThemes?: readonly string[];
  readonly canCreateIssue: boolean;
  /** Stores the observation; a rejection shows a save error and keeps the sheet as it is. */
  readonly onSave: (input: ObservationInput) => Promise<void>;
  /** Esc or the cancel button: nothing is stored. */
  readonly onCancel: () => void;
}

const isKind = (value: string): value is Kind => (OBSERVATION_KINDS as readonly string[]).includes(value);

/**
 * The capture sheet: a clip's quote and source, what kind of observation it is, the figure,
 * areas, themes, the partner's interpretation and the issues it bears on. Ctrl+Enter (Cmd+Enter)
 * saves from anywhere in the page; Esc cancels, after asking once when something was typed or chosen. Test ids: capture-sheet, sheet-note, sheet-quote,
 * sheet-title, sheet-url, sheet-site, sheet-byline, sheet-published, sheet-lang, sheet-accessed,
 * sheet-kind, figure-fields, figure-value, figure-unit, figure-period, figure-label,
 * figure-label-option, areas(-option|-chip|-free-input|-free-add), areas-show-wijken, areas-no-wijken, themes(-…), sheet-interpretation,
 * issue-option, new-issue-title, sheet-save, sheet-cancel, sheet-discard (-confirm, -keep), sheet-errors, <field>-error.
 */
export function CaptureSheet({
  heading,
  initial,
  regionAreas,
  issues,
  sharedIssueIds,
  regionThemes = [],
  canCreateIssue,
  onSave,
  onCancel,
}: CaptureSheetProps) {
  const [values, setValues] = useState<SheetValues>(initial);
  const [errors, setErrors] = useState<SheetErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const language = uiLanguage();
  // What the partner typed or chose is not thrown away by one stray key: a second Esc (or the button) confirms.
  const typed = JSON.stringify(values) !== JSON.stringify(initial);
  const cancel = () => {
    if (typed && !askingToDiscard) setAskingToDiscard(true);
    else onCancel();
  };
  useEffect(() => {
    if (askingToDiscard) keepRef.current?.focus();
  }, [askingToDiscard]);

  const set = <K extends keyof SheetValues>(key: K, value: SheetValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const [wijken, showWijken] = useRegionWijken(regionAreas, initial.areas);
  const wijkNames = useWijkNames(values.areas);
  const areaGroups: ChoiceGroup[] = [
    { choices: regionAreas.map((area) => ({ value: area.code, label: `${area.name} (${area.code})` })) },
    ...(typeof wijken === 'object' ? wijken : []).map(({ gemeente, wijken: list }) => ({
      heading: t('sheetWijkenOf', regionAreas.find((area) => area.code === gemeente)?.name ?? gemeente),
      choices: list.map((wijk) => ({ value: wijk.code, label: `${wijk.name} (${wijk.code})` })),
    })),
  ];

  async function save() {
    if (saving) return;
    const checked = sheetToInput(values, language);
    setFailure('');
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(checked.input);
    } catch (error) {
      console.error(error);
      setFailure(storeFailureText(error, 'sheetErrorSave'));
    } finally {
      setSaving(false);
    }
  }

  // The keys work wherever the focus is, also outside the form (on the panel's background).
  const latest = useRef({ save, cancel });
  latest.current = { save, cancel };
  useEffect(() => {
    const doc = formRef.current?.ownerDocument;
    if (doc === undefined) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void latest.current.save();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        latest.current.cancel();
      }
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, []);

  function submit(event: TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    void save();
  }

  // Enter in a one-line field does not save by surprise: saving is Ctrl+Enter or the button.
  function holdImplicitSubmit(event: TargetedEvent<HTMLFormElement, KeyboardEvent>) {
    const target = event.target;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && target instanceof HTMLInputElement) event.preventDefault();
  }

  const errorCount = Object.keys(errors).length;
  const themeGroups =
    regionThemes.length > 0
      ? [{ heading: t('sheetThemesRegion'), choices: regionThemes.map((theme) => ({ value: theme, label: themeText(theme) })) }]
      : [
          { heading: t('sheetThemesBasis'), choices: THEMES.filter((th) => th.group === 'basis').map((th) => ({ value: th.key, label: themeText(th.key) })) },
          { heading: t('sheetThemesIssues'), choices: THEMES.filter((th) => th.group === 'opgave').map((th) => ({ value: th.key, label: themeText(th.key) })) },
        ];

  return (
    <form ref={formRef} class="sheet" onSubmit={submit} onKeyDown={holdImplicitSubmit} noValidate data-testid="capture-sheet">
      <h2>{heading}</h2>
      {values.captureNote !== undefined && (
        <p class="note" role="note" data-testid="sheet-note" data-note={values.captureNote}>
          {t(values.captureNote === 'whole-page' ? 'sheetNoteWholePage' : 'sheetNoteUnreadable')}
        </p>
      )}

      {values.quoteFixed ? (
        <figure class="quote">
          <blockquote data-testid="sheet-quote">{values.quote}</blockquote>
        </figure>
      ) : (
        <TextField
          id="sheet-quote"
          label={t('sheetQuote')}
          value={values.quote}
          onChange={(v) => set('quote', v)}
          error={errors.quote}
          maxLength={LIMITS.longText}
          rows={4}
          hint={t('sheetQuoteHint')}
        />
      )}

      <SourceFields values={values} errors={errors} onChange={(key, value) => set(key, value)} />

      <SelectField
        id="sheet-kind"
        label={t('sheetKind')}
        value={values.kind}
        onChange={(kind) => isKind(kind) && set('kind', kind)}
        options={OBSERVATION_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }))}
        autoFocus
      />

      {values.kind === 'figure' && <FigureFields values={values} errors={errors} onChange={(key, value) => set(key, value)} />}

      <ChoiceList
        id="areas"
        legend={t('sheetAreas')}
        groups={areaGroups}
        selected={values.areas}
        onChange={(areas) => set('areas', areas)}
        freeLabel={t('sheetAreasFree')}
        error={errors.areas}
        chipLabel={(value) => areaName(value, wijkNames)}
      />
      <WijkenControl wijken={wijken} hasGemeenten={regionAreas.length > 0} onShow={showWijken} />
      <ChoiceList
        id="themes"
        legend={t('sheetThemes')}
        groups={themeGroups}
        selected={values.themes}
        onChange={(themes) => set('themes', themes)}
        freeLabel={t('sheetThemesFree')}
        error={errors.themes}
      />

      <TextField
        id="sheet-interpretation"
        label={t('sheetInterpretation')}
        value={values.interpretation}
        onChange={(v) => set('interpretation', v)}
        error={errors.interpretation}
        maxLength={LIMITS.longText}
        rows={4}
        hint={t('sheetInterpretationHint')}
      />

      <IssueField
        issues={issues}
        sharedIssueIds={sharedIssueIds}
        linked={values.issueIds}
        onLinkedChange={(ids) => set('issueIds', ids)}
        newTitle={values.newIssueTitle}
        onNewTitleChange={(title) => set('newIssueTitle', title)}
        canCreate={canCreateIssue}
        errors={errors}
      />

      {errorCount > 0 && (
        <p class="field-error" role="alert" data-testid="sheet-errors">
          {t('sheetErrorsSummary')}
        </p>
      )}
      <FieldError id="sheet-form-error" error={errors.form} testId="form-error" />
      <FormFailure text={failure} testId="sheet-save-failed" />
      <div class="sheet-actions">
        <button type="submit" class="primary" disabled={saving} data-testid="sheet-save">
          {t('sheetSave')}
        </button>
        <button type="button" onClick={cancel} data-testid="sheet-cancel">
          {t('sheetCancel')}
        </button>
        <span class="hint small">{t('sheetKeysHint')}</span>
      </div>
      {askingToDiscard && (
        <div class="sheet-discard" role="alertdialog" aria-labelledby="sheet-discard-question" data-testid="sheet-discard">
          <p id="sheet-discard-question">{t('sheetDiscardQuestion')}</p>
          <div class="row">
            <button type="button" onClick={onCancel} data-testid="sheet-discard-confirm">
              {t('sheetDiscardConfirm')}
            </button>
            <button type="button" class="primary" ref={keepRef} onClick={() => setAskingToDiscard(false)} data-testid="sheet-discard-keep">
              {t('sheetDiscardKeep')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
