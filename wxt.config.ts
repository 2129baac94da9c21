import { defineConfig } from 'wxt';

// Preact stands in for React so that survey-react-ui renders without shipping React.
const preactAliases = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/test-utils': 'preact/test-utils',
  'react/jsx-runtime': 'preact/jsx-runtime',
};

// The id keeps installs and stored data tied to one add-on across updates, so it never changes.
// Firefox 140 is the first with the CSS Custom Highlight API (highlights of saved clips) and with
// data_collection_permissions; on Android that key came with 142. Nothing is collected: bundles
// leave only as the partner's own export.
const firefoxSettings = {
  gecko: {
    id: 'regiobeeld@regiobeeld',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

// A feature's index.ts re-exports its public parts; feature modules only declare, so a page that
// imports one part through the index must not carry the others (nor the survey engine or the
// catalogues they import). Stylesheets keep their effect.
const featureModule = /[\\/]extension[\\/]features[\\/].*\.tsx?$/;

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // No host permissions: pages are read only under activeTab, after the partner's own gesture.
    // Firefox shows the sheet in its sidebar (sidebar_action), which needs no permission.
    // declarativeContent (Chromium only, no install warning): the browser itself marks the button on
    // pages that hold clips; the extension is never told which page matched.
    // unlimitedStorage: the browser never evicts the partner's records to make room (Chromium
    // refuses navigator.storage.persist() to extensions); see docs/architecture.md, Durability.
    permissions: [
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'declarativeContent']),
    ],
    action: { default_title: '__MSG_extName__' },
    commands: {
      clip: { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandClip__' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: firefoxSettings } : {}),
  }),
  vite: () => ({
    resolve: { alias: preactAliases },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !featureModule.test(id) } } },
  }),
});
