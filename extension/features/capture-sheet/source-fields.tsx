import { LIMITS } from '../../../shared/limits.ts';
import { WebUrl } from '../../../shared/schema/text.ts';
import { formatMoment } from '../../i18n/format.ts';
import { t } from '../../i18n/t.ts';
import type { SheetErrors } from './sheet-input.ts';
import type { SheetValues } from './sheet-values.ts';
import { TextField } from '../../components/form/text-field.tsx';

type SourceKey = 'title' | 'siteName' | 'byline' | 'publishedAt';

export interface SourceFieldsProps {
  readonly values: SheetValues;
  readonly errors: SheetErrors;
  readonly onChange: (key: SourceKey, value: string) => void;
}

/** Where the clip came from: editable title, site, author and date; the addresses and access date as read. */
export function SourceFields({ values, errors, onChange }: SourceFieldsProps) {
  const link = values.pageUrl ?? values.url;
  return (
    <fieldset class="source" data-testid="sheet-source">
      <legend>{t('sheetSource')}</legend>
      <TextField
        id="sheet-title"
        label={t('sheetTitle')}
        value={values.title}
        onChange={(v) => onChange('title', v)}
        error={errors.title}
        maxLength={LIMITS.shortText}
      />
      <dl class="source-facts">
        <dt>{t('sheetUrl')}</dt>
        <dd data-testid="sheet-url">
          {WebUrl.safeParse(link).success ? (
            <a href={link} target="_blank" rel="noopener noreferrer">
              {values.url}
            </a>
          ) : (
            values.url
          )}
        </dd>
        {values.lang !== '' && (
          <>
            <dt>{t('sheetLang')}</dt>
            <dd data-testid="sheet-lang">{values.lang}</dd>
          </>
        )}
        <dt>{t('sheetAccessedAt')}</dt>
        <dd data-testid="sheet-accessed">{formatMoment(values.accessedAt)}</dd>
      </dl>
      <TextField
        id="sheet-site"
        label={t('sheetSiteName')}
        value={values.siteName}
        onChange={(v) => onChange('siteName', v)}
        error={errors.siteName}
        maxLength={LIMITS.shortText}
      />
      <div class="row-2">
        <TextField
          id="sheet-byline"
          label={t('sheetByline')}
          value={values.byline}
          onChange={(v) => onChange('byline', v)}
          error={errors.byline}
          maxLength={LIMITS.shortText}
        />
        <TextField
          id="sheet-published"
          label={t('sheetPublishedAt')}
          value={values.publishedAt}
          onChange={(v) => onChange('publishedAt', v)}
          error={errors.publishedAt}
          maxLength={LIMITS.shortText}
        />
      </div>
    </fieldset>
  );
}
