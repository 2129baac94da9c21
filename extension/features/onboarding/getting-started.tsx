import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LiveRecord, RegionRecord } from '../../../shared/schema/record.ts';
import { speaksForKey } from '../../i18n/labels.ts';
import { storeFailureText } from '../../i18n/store-failure-text.ts';
import { t } from '../../i18n/t.ts';
import { FIRST_SURVEY_ID, onboardingProgress } from './onboarding-steps.ts';
import type { RecordStore } from '../../services/record-store.ts';
import { isCoordinator } from '../../../shared/schema/partner.ts';

export interface GettingStartedProps {
  readonly store: Pick<RecordStore, 'onboardingClosed' | 'closeOnboarding'>;
  readonly partner: LiveRecord<'partner'>;
  readonly records: readonly RegionRecord[];
}

/**
 * "Aan de slag": the first clip and the first survey after setup, ticked from the stored records.
 * A dashboard opened with every step done shows no card; one whose last step is done while it is
 * open keeps it, all ticked, until it is closed or opened again. Test ids: getting-started,
 * getting-started-step (data-step, data-done), getting-started-survey, getting-started-done,
 * getting-started-close, getting-started-error.
 */
export function GettingStarted({ store, partner, records }: GettingStartedProps) {
  const [closed, setClosed] = useState<boolean | undefined>(undefined);
  const [failure, setFailure] = useState('');
  const { clipped, surveyed } = onboardingProgress(records, partner.origin);
  // The coordinator fills in no surveys: its steps are done once it clipped.
  const coordinator = isCoordinator(partner.body);
  const allDone = clipped && (surveyed || coordinator);
  const [shownUnfinished, setShownUnfinished] = useState(!allDone);

  useEffect(() => {
    store.onboardingClosed().then(setClosed, (error: unknown) => {
      console.error(error);
      setClosed(false);
    });
  }, [store]);

  useEffect(() => {
    if (!allDone) setShownUnfinished(true);
  }, [allDone]);

  if (closed !== false || !shownUnfinished) return null;

  async function close() {
    setFailure('');
    try {
      await store.closeOnboarding();
      setClosed(true);
    } catch (error) {
      console.error(error);
      setFailure(storeFailureText(error, 'gettingStartedCloseFailed'));
    }
  }

  const { organisation, domain, regionName } = partner.body;
  return (
    <section class="card getting-started" aria-labelledby="getting-started-heading" data-testid="getting-started">
      <h2 id="getting-started-heading">{t('gettingStartedHeading')}</h2>
      <ol class="steps">
        <Step name="setup" done title={t('gettingStartedSetup')}>
          {organisation} · {t(speaksForKey({ domain }))} · {regionName}
        </Step>
        <Step name="clip" done={clipped} title={t('gettingStartedClip')}>
          {t('gettingStartedClipHow', t('menuAddToRegiobeeld'))}
        </Step>
        {!coordinator && (
          <Step name="survey" done={surveyed} title={t('gettingStartedSurvey')}>
            <a href={`survey.html?survey=${encodeURIComponent(FIRST_SURVEY_ID)}`} data-testid="getting-started-survey">
              {t('gettingStartedSurveyLink')}
            </a>
          </Step>
        )}
      </ol>
      {allDone && (
        <p class="status" role="status" data-testid="getting-started-done">
          {t('gettingStartedAllDone')}
        </p>
      )}
      {failure !== '' && (
        <p class="field-error" role="alert" data-testid="getting-started-error">
          {failure}
        </p>
      )}
      <button type="button" class="quiet" onClick={() => void close()} data-testid="getting-started-close">
        {t('gettingStartedClose')}
      </button>
    </section>
  );
}

function Step({
  name,
  done,
  title,
  children,
}: {
  readonly name: string;
  readonly done: boolean;
  readonly title: string;
  readonly children: ComponentChildren;
}) {
  return (
    <li class={done ? 'done' : 'todo'} data-testid="getting-started-step" data-step={name} data-done={String(done)}>
      <span class="step-mark" aria-hidden="true" />
      <span class="step-text">
        <strong>{title}</strong> <span class="visually-hidden">{t(done ? 'gettingStartedStepDone' : 'gettingStartedStepTodo')}</span>
        <span class="hint">{children}</span>
      </span>
    </li>
  );
}
