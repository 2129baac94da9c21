/** A text matched literally inside a regular expression: a name such as "'s-Hertogenbosch (stad)". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
