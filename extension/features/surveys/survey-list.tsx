import { useMemo } from 'preact/hooks';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import type { LoadedDefinitions } from '../../../shared/survey/load-definitions.ts';
import { ownProgress, type SurveyProgress } from '../../../shared/survey/own-progress.ts';
import { sortResponses } from '../../../shared/survey/responses.ts';
import { formatCount, formatMoment } from '../../i18n/format.ts';
import { surveyRoundText } from '../../i18n/survey-round-text.ts';
import { t, textLanguage } from '../../i18n/t.ts';
import { readRegionSettings } from '../../../shared/records/published-settings.ts';

export interface SurveyListProps {
  readonly loaded: LoadedDefinitions;
  /** Every stored record: the rounds and responses of all partners decide each survey's state. */
  readonly records: readonly RegionRecord[];
  readonly origin: string;
}

/**
 * The surveys a partner can fill, with where it stands in each; definitions that failed to load
 * and answers to a survey not known here are named, never hidden. Test ids: survey-list,
 * survey-item (data-survey-id, data-state, data-round, data-asked), survey-round-asked, survey-state, survey-open,
 * survey-next-round, survey-problem, survey-unmatched, survey-out-of-round, surveys-empty (no survey
 * answered yet).
 */
export function SurveyList({ loaded, records, origin }: SurveyListProps) {
  const progress = ownProgress(loaded.definitions, records, origin);
  const { unmatched, outOfRound } = sortResponses(loaded.definitions, records);
  const language = textLanguage();
  const asked = useMemo(() => readRegionSettings(records).published?.surveyRound, [records]);
  return (
    <section class="card" aria-labelledby="surveys-heading" data-testid="survey-list">
      <h2 id="surveys-heading">{t('surveysHeading')}</h2>
      <p class="hint">{t('surveysIntro')}</p>
      {asked !== undefined && (
        <p class="asked" data-testid="survey-round-asked">
          {surveyRoundText(asked, loaded.definitions)}
        </p>
      )}
      {progress.every((item) => item.response === undefined) && (
        <p class="empty" data-testid="surveys-empty">
          {t('surveysNoneAnswered')}
        </p>
      )}
      <ul class="survey-list">
        {progress.map((item) => (
          <li
            key={item.definition.header.id}
            data-testid="survey-item"
            data-survey-id={item.definition.header.id}
            data-state={item.state}
            data-round={item.round}
            data-asked={asked?.surveyId === item.definition.header.id}
          >
            <h3>
              {item.definition.header.title[language]}
              {item.round > 1 && <span class="count"> · {t('surveyRound', formatCount(item.round))}</span>}
              {asked?.surveyId === item.definition.header.id && <span class="tag">{t('surveyAsked')}</span>}
            </h3>
            <p class="hint">{item.definition.header.description[language]}</p>
            <p class="survey-state" data-testid="survey-state">
              {stateText(item)}
            </p>
            <div class="row">
              <a class="button primary" href={`survey.html?survey=${encodeURIComponent(item.definition.header.id)}`} data-testid="survey-open">
                {t(item.state === 'not-started' ? 'surveyStart' : item.state === 'in-progress' ? 'surveyContinue' : 'surveyReview')}
              </a>
              {item.state === 'completed' && (
                <a
                  class="button"
                  href={`survey.html?survey=${encodeURIComponent(item.definition.header.id)}&round=${item.round + 1}`}
                  title={t('surveyNextRoundHint')}
                  data-testid="survey-next-round"
                >
                  {t('surveyNextRound')}
                </a>
              )}
            </div>
          </li>
        ))}
      </ul>
      {loaded.problems.map((problem) => (
        <p class="field-error" key={`${problem.fileName}:${problem.path}`} data-testid="survey-problem">
          {t('surveyDefinitionProblem', problem.fileName, problem.reason, problem.path)}
        </p>
      ))}
      {unmatched.length > 0 && (
        <>
          <h3>{t('surveyUnmatchedHeading')}</h3>
          <ul>
            {unmatched.map((response) => (
              <li key={response.responseId} data-testid="survey-unmatched">
                {t('surveyUnmatched', response.survey.id, formatCount(response.survey.version))}
              </li>
            ))}
          </ul>
        </>
      )}
      {outOfRound.length > 0 && (
        <>
          <h3>{t('surveyOutOfRoundHeading')}</h3>
          <ul>
            {outOfRound.map((response) => (
              <li key={response.responseId} data-testid="survey-out-of-round">
                {t('surveyOutOfRound', response.survey.id, formatCount(response.round ?? 1))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function stateText(item: SurveyProgress): string {
  if (item.response === undefined) return t('surveyNotStarted');
  if (item.state === 'in-progress') return t('surveyInProgress', formatMoment(item.response.updatedAt));
  return t('surveyCompleted', formatMoment(item.response.body.completedAt ?? item.response.updatedAt));
}
