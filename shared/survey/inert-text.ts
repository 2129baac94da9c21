/**
 * A text from a bundle (an issue title, a partner's reason) as SurveyJS may show it. SurveyJS fills
 * "{name}" in titles, descriptions and choice texts with the answer to question `name` or a
 * variable, so "{urgentie} blijft hoog" would read as "4 blijft hoog". An invisible word joiner
 * after each brace keeps the text as it was written on screen.
 */
export function inertText(text: string): string {
  return text.replaceAll('{', '{\u2060');
}
