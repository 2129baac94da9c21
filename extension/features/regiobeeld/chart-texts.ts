import type { ChartTexts } from '../../../shared/charts/chart-texts.ts';
import type { ChartGroup } from '../../../shared/charts/survey-charts.ts';
import { formatDecimal } from '../../i18n/format.ts';
import { themeText } from '../../i18n/labels.ts';
import { type MessageKey, t, textLanguage, uiLanguage } from '../../i18n/t.ts';

/** Short domain names: the chart axes have no room for the setup form's explanations. */
const GROUP_LABELS: Record<ChartGroup, MessageKey> = {
  all: 'chartAllPartners',
  zorg: 'chartDomain_zorg',
  'sociaal-domein': 'chartDomain_sociaal_domein',
  verzekeraar: 'chartDomain_verzekeraar',
  'publieke-gezondheid': 'chartDomain_publieke_gezondheid',
  inwoners: 'chartDomain_inwoners',
  unknown: 'chartDomain_unknown',
};

export function chartGroupLabel(group: ChartGroup): string {
  return t(GROUP_LABELS[group]);
}

/** A 0–1 score or share as the user reads a percentage: "40%". */
export function formatShare(value: number, language: string = uiLanguage()): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** The dashboard's words for the charts, in the browser's language. */
export function chartTexts(): ChartTexts {
  return {
    language: textLanguage(),
    group: chartGroupLabel,
    theme: themeText,
    value: (measure, value) => (measure === 'mean' ? formatDecimal(value) : formatShare(value)),
    measure: (chart) =>
      chart.measure === 'mean'
        ? t('chartMeasureMean', formatDecimal(chart.min), formatDecimal(chart.max))
        : t(chart.measure === 'score' ? 'chartMeasureScore' : 'chartMeasureShare'),
    noAnswers: t('chartNoAnswers'),
    heatmap: (question) => t('chartHeatmap', question),
  };
}
