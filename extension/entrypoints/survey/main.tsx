import '../../zod-jitless.ts';
import { render } from 'preact';
import 'survey-core/survey-core.fontless.min.css';
import { loadDefinitions } from '../../../shared/survey/load-definitions.ts';
import { DEFINITION_SOURCES } from '../../../survey-definitions/index.ts';
import { setupSurveyCore } from '../../../survey-definitions/survey-core-setup.ts';
import { SurveyPageApp } from '../../apps/survey-page-app.tsx';
import { t, uiLanguage } from '../../i18n/t.ts';
import { browserStoreDeps } from '../../services/browser-deps.ts';
import { fixCommentAreaName, fixRankingAria } from '../../ui/survey-a11y.ts';
import { createSurveyResponseStore, surveyRequest } from '../../features/surveys/index.ts';
import { createRecordStore } from '../../services/record-store.ts';
import '../../ui/theme.css';
import '../../features/surveys/survey.css';

// Only this page loads survey-core (with its own, font-less stylesheet: the default one fetches
// fonts from Google); the popup and the other pages never carry it.
setupSurveyCore();
fixRankingAria();
fixCommentAreaName();
document.documentElement.lang = uiLanguage();
document.title = t('surveyPageTitle');

const deps = browserStoreDeps();
const records = createRecordStore(deps);
const app = document.getElementById('app');
if (app) {
  render(
    <SurveyPageApp
      records={records}
      responses={createSurveyResponseStore(deps.db, records)}
      request={surveyRequest(location.search, loadDefinitions(DEFINITION_SOURCES))}
      now={() => Date.now()}
    />,
    app,
  );
}
