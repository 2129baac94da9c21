import { defineConfig } from 'wxt';

// Preact stands in for React so that survey-react-ui renders without shipping React.
const preactAliases = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/test-utils': 'preact/test-utils',
  'react/jsx-runtime': 'preact/jsx-runtime',
};

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
    // unlimitedStorage: the browser never evicts the partner's records to make room (Chromium
    // refuses navigator.storage.persist() to extensions); see docs/architecture.md, Durability.
    permissions: ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: '__MSG_extName__' },
    commands: {
      clip: { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandClip__' },
    },
  }),
  vite: () => ({
    resolve: { alias: preactAliases },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
