import { LIMITS } from '../../../shared/limits.ts';
import { t } from '../../i18n/t.ts';
import type { SheetErrors } from './sheet-input.ts';
import type { SheetValues } from './sheet-values.ts';
import { TextField } from '../../components/form/text-field.tsx';

type FigureKey = 'figureValue' | 'figureUnit' | 'figurePeriod' | 'figureLabel';

export interface FigureFieldsProps {
  readonly values: Pick<SheetValues, FigureKey | 'labelOptions'>;
  readonly errors: SheetErrors;
  readonly onChange: (key: FigureKey, value: string) => void;
}

/** Value, unit, period and what the figure counts; a table cell's headers are offered as the label. */
export function FigureFields({ values, errors, onChange }: FigureFieldsProps) {
  return (
    <fieldset class="figure" data-testid="figure-fields">
      <legend>{t('sheetFigure')}</legend>
      <div class="row-2">
        <TextField
          id="figure-value"
          label={t('sheetFigureValue')}
          value={values.figureValue}
          onChange={(v) => onChange('figureValue', v)}
          error={errors.figureValue}
          maxLength={64}
        />
        <TextField
          id="figure-unit"
          label={t('sheetFigureUnit')}
          value={values.figureUnit}
          onChange={(v) => onChange('figureUnit', v)}
          error={errors.figureUnit}
          maxLength={LIMITS.shortText}
        />
      </div>
      <TextField
        id="figure-period"
        label={t('sheetFigurePeriod')}
        value={values.figurePeriod}
        onChange={(v) => onChange('figurePeriod', v)}
        error={errors.figurePeriod}
        maxLength={LIMITS.shortText}
        hint={t('sheetFigurePeriodHint')}
      />
      <TextField
        id="figure-label"
        label={t('sheetFigureLabel')}
        value={values.figureLabel}
        onChange={(v) => onChange('figureLabel', v)}
        error={errors.figureLabel}
        maxLength={LIMITS.shortText}
      />
      {values.labelOptions.length > 0 && (
        <div class="label-options">
          <p class="hint small">{t('sheetFigureLabelOptions')}</p>
          {values.labelOptions.map((label) => (
            <button
              type="button"
              class="chip-button"
              key={label}
              onClick={() => onChange('figureLabel', label)}
              data-testid="figure-label-option"
              aria-pressed={values.figureLabel === label}
            >
              {label}
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}
