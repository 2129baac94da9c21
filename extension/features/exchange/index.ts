/** The public face of the exchange feature: what the apps, the entrypoints and other features may use of it. */
export { createFolderSync, type FolderSync } from './folder-sync.ts';
export { ExportButton } from './export-button.tsx';
export { ImportPanel } from './import-panel.tsx';
export { SyncPanel } from './sync-panel.tsx';
