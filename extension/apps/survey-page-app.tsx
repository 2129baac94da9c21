import { useEffect, useMemo, useState } from 'preact/hooks';
import { Model, QuestionRankingModel, QuestionRatingModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { LiveRecord } from '../../shared/schema/record.ts';
import type { SurveyResponseBody } from '../../shared/schema/survey-response.ts';
import { formatCount, formatMoment } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';
import {
  AutosaveStatus,
  createAutosave,
  openSurvey,
  type AutosaveState,
  type OpenedSurvey,
  type SurveyLanguage,
  type SurveyRequest,
  type SurveyResponseStore,
} from '../features/surveys/index.ts';
import type { RecordStore } from '../services/record-store.ts';

export interface SurveyPageAppProps {
  readonly records: RecordStore;
  readonly responses: SurveyResponseStore;
  readonly request: SurveyRequest;
  readonly now: () => number;
}

/**
 * One survey, opened where the partner left it. Test ids the e2e tests rely on: survey-page,
 * survey-heading, survey-round, survey-delphi-intro, survey-prefilled, survey-amending, survey-problem (data-reason),
 * autosave-status (data-state), survey-language-nl, survey-language-en, survey-done,
 * survey-amend, survey-back.
 */
export function SurveyPageApp({ records, responses, request, now }: SurveyPageAppProps) {
  const [opened, setOpened] = useState<OpenedSurvey | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    openSurvey(records, responses, request).then(setOpened, (error: unknown) => {
      console.error(error);
      setFailed(true);
    });
  }, [records, responses, request]);

  if (failed) return <Problem reason="load-failed" text={t('surveyLoadFailed')} />;
  if (opened === undefined) return <p class="loading">{t('loading')}</p>;
  if (opened.kind === 'problem') return <Problem reason={opened.reason} text={t(opened.message)} />;
  return <SurveyRunner opened={opened} responses={responses} now={now} />;
}

function Problem({ reason, text }: { readonly reason: string; readonly text: string }) {
  return (
    <main class="page narrow" data-testid="survey-page">
      <p class="card field-error" role="alert" data-testid="survey-problem" data-reason={reason}>
        {text}
      </p>
      <BackLink />
    </main>
  );
}

function BackLink() {
  return (
    <a class="back-link" href="/dashboard.html" data-testid="survey-back">
      {t('surveyBack')}
    </a>
  );
}

type Ready = Extract<OpenedSurvey, { kind: 'ready' }>;

function SurveyRunner({ opened, responses, now }: { readonly opened: Ready; readonly responses: SurveyResponseStore; readonly now: () => number }) {
  const { definition, ref, round, opening, json, offered, answers, page, prefilledFrom } = opened;
  const [language, setLanguage] = useState<SurveyLanguage>('nl');
  const [saveState, setSaveState] = useState<AutosaveState>({ kind: 'idle' });
  const [done, setDone] = useState(false);

  const model = useMemo(() => {
    const survey = new Model(json);
    survey.locale = 'nl';
    // Every keystroke is an answer worth keeping: a partner who closes the tab mid-sentence keeps it.
    survey.textUpdateMode = 'onTyping';
    survey.showCompletedPage = false;
    // Ranking by Space or click into a ranked list, then arrows: nobody has to drag.
    for (const question of survey.getAllQuestions()) {
      if (question instanceof QuestionRankingModel) question.selectToRankEnabled = true;
      // Left to "auto", a rating of ten points switches to a dropdown where the card is narrow, and
      // back when a question appearing above changes the width; a choice made by keyboard in the
      // dropdown was lost in such a switch. Buttons are radio inputs and wrap.
      if (question instanceof QuestionRatingModel) question.displayMode = 'buttons';
    }
    // Filled in one assignment: one setValue per question is quadratic in survey-core.
    survey.data = answers;
    survey.currentPageNo = Math.min(page, Math.max(0, survey.visiblePages.length - 1));
    return survey;
  }, [json, answers, page]);

  useEffect(() => {
    let responseId = opening.kind === 'new' ? undefined : opening.response.id;
    let completedAt = opening.kind === 'amend' ? opening.response.body.completedAt : undefined;
    let status: SurveyResponseBody['status'] = opening.kind === 'amend' ? 'completed' : 'in-progress';
    const autosave = createAutosave<SurveyResponseBody & { page: number }>(
      async ({ page: at, ...body }) => {
        const saved: LiveRecord<'surveyResponse'> = await responses.save({ ...(responseId === undefined ? {} : { id: responseId }), body, page: at });
        responseId = saved.id;
      },
      setSaveState,
      now,
    );
    const snapshot = () => {
      const body: SurveyResponseBody = {
        survey: ref,
        status,
        answers: model.data as SurveyResponseBody['answers'],
        ...(completedAt === undefined ? {} : { completedAt }),
        ...(round > 1 ? { round } : {}),
        ...(offered.length > 0 ? { offered: [...offered] } : {}),
      };
      autosave.request({ ...body, page: model.currentPageNo });
    };
    model.onValueChanged.add(snapshot);
    model.onCurrentPageChanged.add(snapshot);
    model.onComplete.add(() => {
      status = 'completed';
      completedAt = new Date(now()).toISOString();
      snapshot();
      void autosave.flush().then(() => setDone(true));
    });
    return () => {
      model.onValueChanged.clear();
      model.onCurrentPageChanged.clear();
      model.onComplete.clear();
    };
  }, [model, opening, ref, round, offered, responses, now]);

  function switchTo(next: SurveyLanguage) {
    setLanguage(next);
    model.locale = next;
  }

  function amend() {
    model.clear(false, true);
    setDone(false);
  }

  return (
    <>
      <header class="top" data-testid="survey-page">
        <h1 data-testid="survey-heading" lang={language}>
          {definition.header.title[language]}
        </h1>
        {round > 1 && (
          <p class="who" data-testid="survey-round">
            {t('surveyRound', formatCount(round))}
          </p>
        )}
        <nav class="survey-tools">
          <BackLink />
          <div class="segmented" role="group" aria-label={t('surveyLanguage')}>
            <button type="button" lang="nl" aria-pressed={language === 'nl'} data-testid="survey-language-nl" onClick={() => switchTo('nl')}>
              {t('languageDutch')}
            </button>
            <button type="button" lang="en" aria-pressed={language === 'en'} data-testid="survey-language-en" onClick={() => switchTo('en')}>
              {t('languageEnglish')}
            </button>
          </div>
          <AutosaveStatus state={saveState} />
        </nav>
      </header>
      <main class="page survey-main">
        {round > 1 && (
          <p class="card hint" data-testid="survey-delphi-intro">
            {t('surveyDelphiIntro')}
          </p>
        )}
        {prefilledFrom !== undefined && (
          <p class="card hint prefilled" data-testid="survey-prefilled">
            {t('surveyPrefilled', formatCount(prefilledFrom))}
          </p>
        )}
        {opening.kind === 'amend' && opening.response.body.completedAt !== undefined && (
          <p class="card hint" data-testid="survey-amending">
            {t('surveyAmending', formatMoment(opening.response.body.completedAt))}
          </p>
        )}
        {opening.kind === 'resume' && <p class="hint">{t('surveyResumed')}</p>}
        {done ? (
          <section class="card" data-testid="survey-done" aria-labelledby="survey-done-heading">
            <h2 id="survey-done-heading">{t('surveyDoneHeading')}</h2>
            <p>{t('surveyDoneText')}</p>
            <div class="row">
              <button type="button" class="primary" data-testid="survey-amend" onClick={amend}>
                {t('surveyAmend')}
              </button>
              <BackLink />
            </div>
          </section>
        ) : (
          <div lang={language}>
            <Survey model={model} />
          </div>
        )}
      </main>
    </>
  );
}
