/** The public face of the surveys feature: what the apps, the entrypoints and other features may use of it. */
export { openSurvey, surveyRequest, type OpenedSurvey, type SurveyLanguage, type SurveyRequest } from './open-survey.ts';
export { createSurveyResponseStore, type SurveyResponseStore } from './survey-response-store.ts';
export { AutosaveStatus } from './autosave-status.tsx';
export { createAutosave, type AutosaveState } from './autosave.ts';
export { SurveyList } from './survey-list.tsx';
