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
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['activeTab', 'contextMenus', 'scripting', 'storage'],
    action: { default_title: '__MSG_extName__' },
  },
  vite: () => ({
    resolve: { alias: preactAliases },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
