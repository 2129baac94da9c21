import { describe, expect, it } from 'vitest';
import { BUNDLE_ERROR_CODES } from '../../shared/bundle/errors.ts';
import { IMPORT_PROBLEM_MESSAGES } from '../../extension/features/exchange/import-problem-text.ts';
import { CAPTURE_REFUSAL_MESSAGES, KIND_LABELS, THEME_LABELS } from '../../extension/i18n/labels.ts';
import { THEMES } from '../../shared/catalog/themes.ts';
import { readCatalogue } from './support/catalogue-i18n.ts';

const nl = readCatalogue('nl');
const en = readCatalogue('en');

describe('message catalogues', () => {
  it('hold the same keys in Dutch and English, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, entry] of Object.entries(nl)) {
      expect(Object.keys(en[key]?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(entry.message.toLowerCase(), `${key} (nl) uses $${name}$`).toContain(`$${name}$`);
        expect(en[key]?.message.toLowerCase(), `${key} (en) uses $${name}$`).toContain(`$${name}$`);
      }
    }
  });

  it('name keys as Chromium allows and hold what the manifest refers to', () => {
    for (const key of Object.keys(nl)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(nl.extName?.message).toBe('Regiobeeld');
    expect(nl.extDescription?.message).toBeTruthy();
    expect(nl.menuAddToRegiobeeld?.message).toBe('Toevoegen aan regiobeeld');
    expect(en.menuAddToRegiobeeld?.message).toBe('Add to regional picture');
  });

  it('name every theme, kind and refusal, the themes in Dutch as the bundled taxonomy has them', () => {
    for (const theme of THEMES) expect(nl[THEME_LABELS[theme.key]]?.message, theme.key).toBe(theme.label);
    for (const key of [...Object.values(THEME_LABELS), ...Object.values(KIND_LABELS), ...Object.values(CAPTURE_REFUSAL_MESSAGES)])
      expect(en[key]?.message, key).toBeTruthy();
    expect(nl.menuAddPageToRegiobeeld?.message).toBe('Pagina toevoegen aan regiobeeld');
    expect(nl.commandClip?.message).toBeTruthy();
  });

  it('translate every bundle error code', () => {
    for (const code of BUNDLE_ERROR_CODES) expect(nl[IMPORT_PROBLEM_MESSAGES[code]], code).toBeDefined();
    for (const key of Object.values(IMPORT_PROBLEM_MESSAGES)) expect(nl[key], key).toBeDefined();
  });
});
