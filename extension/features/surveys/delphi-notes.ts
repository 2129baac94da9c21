import type { DelphiFeedback, DelphiItem } from '../../../shared/survey/delphi.ts';
import type { SurveyDefinition } from '../../../shared/survey/definition.ts';
import type { IssueChoice } from '../../../shared/survey/dynamic-choices.ts';
import type { Label } from '../../../shared/survey/label.ts';
import type { RoundReasons } from '../../../shared/survey/round-reasons.ts';
import type { QuestionInfo } from '../../../shared/survey/questions.ts';
import { type CatalogueLanguage, messageIn } from '../../i18n/catalogue.ts';

/**
 * The previous round's figures as a note per question, in Dutch and English: for a rating the
 * group's median and middle half and the partner's own answer; for a matrix or ranking a line per
 * row or choice. A question nobody answered before gets no note.
 */
export function delphiNotes(feedback: DelphiFeedback, definition: Pick<SurveyDefinition, 'questions'>, issues: readonly IssueChoice[]): Map<string, Label> {
  const notes = new Map<string, Label>();
  for (const question of definition.questions) {
    const items = feedback.items.filter((item) => item.question === question.name && (item.n > 0 || item.own !== null));
    const reasons = feedback.reasons.find((given) => given.question === question.name);
    if (items.length === 0 && reasons === undefined) continue;
    const figures = (language: CatalogueLanguage) =>
      items.length === 0 ? [] : [question.kind === 'rating' ? ratingNote(items[0] as DelphiItem, language) : listNote(question, items, issues, language)];
    const note = (language: CatalogueLanguage) => [...figures(language), ...(reasons === undefined ? [] : [reasonsNote(reasons, language)])].join('\n\n');
    notes.set(question.name, { nl: note('nl'), en: note('en') });
  }
  return notes;
}

/** The reasons without who gave them; the count says how many more there were than are shown. */
function reasonsNote(reasons: RoundReasons, language: CatalogueLanguage): string {
  const lines = reasons.shown.map((reason) => `• ${reason}`);
  if (reasons.more > 0) lines.push(messageIn(language, 'delphiReasonsMore', number(reasons.more, language)));
  return [messageIn(language, 'delphiReasonsHeading'), ...lines].join('\n');
}

/** The count is of the partners who answered this question, not of all who answered the survey. */
function ratingNote(item: DelphiItem, language: CatalogueLanguage): string {
  const sentences: string[] = [];
  if (item.median !== null) {
    sentences.push(
      messageIn(language, 'delphiGroup', number(item.n, language), number(item.median, language), number(item.q1, language), number(item.q3, language)),
    );
    if (item.consensus !== null) sentences.push(messageIn(language, item.consensus ? 'delphiConsensus' : 'delphiNoConsensus'));
  }
  if (item.own !== null) sentences.push(messageIn(language, 'delphiOwn', number(item.own, language)));
  return sentences.join(' ');
}

function listNote(question: QuestionInfo, items: readonly DelphiItem[], issues: readonly IssueChoice[], language: CatalogueLanguage): string {
  const answered = Math.max(...items.map((item) => item.n));
  const heading = messageIn(language, question.kind === 'ranking' ? 'delphiRankingHeading' : 'delphiListHeading', number(answered, language));
  const lines = items.map((item) => {
    const label = itemLabel(question, item, issues)[language];
    const own = item.own === null ? undefined : number(item.own, language);
    if (item.median === null) return own === undefined ? label : messageIn(language, 'delphiItemOnlyOwn', label, own);
    const group = messageIn(language, 'delphiItem', label, number(item.median, language), number(item.q1, language), number(item.q3, language));
    return own === undefined ? group : messageIn(language, 'delphiItemOwn', group, own);
  });
  return [heading, ...lines.map((line) => `• ${line}`)].join('\n');
}

function itemLabel(question: QuestionInfo, item: DelphiItem, issues: readonly IssueChoice[]): Label {
  const listed = question.kind === 'matrix' ? question.rows : question.kind === 'ranking' ? question.choices : [];
  const known = listed.find((choice) => choice.value === item.item)?.label;
  if (known !== undefined) return known;
  const text = issues.find((issue) => issue.id === item.item)?.title ?? String(item.item);
  return { nl: text, en: text };
}

function number(value: number | null, language: CatalogueLanguage): string {
  return value === null ? '–' : new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}
