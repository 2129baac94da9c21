/** The public face of the onboarding feature: what the apps, the entrypoints and other features may use of it. */
export { GettingStarted } from './getting-started.tsx';
export { SettingsPanel } from './settings-panel.tsx';
export { SetupForm } from './setup-form.tsx';
