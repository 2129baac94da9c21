/** The public face of the regiobeeld feature: what the apps, the entrypoints and other features may use of it. */
export { createIssueMergeStore } from './issue-merge-store.ts';
export { createRecognitionStore } from './recognition-store.ts';
export { createReplyStore } from './reply-store.ts';
export { createOutcomeStore } from './outcome-store.ts';
export { createDotVoteStore } from './dot-vote-store.ts';
export { createReleaseStore } from './release-store.ts';
export { ReleasesPanel } from './releases-panel.tsx';
export { NewSinceView } from './new-since-view.tsx';
export { ObservationsView } from './observations-view.tsx';
export { RECORDS_STEP, RecordList } from './record-list.tsx';
export { RegiobeeldSummary } from './regiobeeld-summary.tsx';
export { RegiobeeldDownloads } from './regiobeeld-downloads.tsx';
export { SurveyResults } from './survey-results.tsx';
export { createRegionSettingsStore } from './region-settings-store.ts';
export { RegionSettingsPanel } from './region-settings-panel.tsx';
