/** The public face of the capture-sheet feature: what the apps, the entrypoints and other features may use of it. */
export { ObservationEditor } from './observation-editor.tsx';
export { sheetFromDraft } from './sheet-values.ts';
export { CaptureSheet } from './capture-sheet.tsx';
export { PageClips } from './page-clips.tsx';
