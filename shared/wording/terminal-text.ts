/**
 * What a terminal acts on instead of showing, or shows as nothing: C0 and C1 controls with DEL
 * (ESC starts colour and cursor sequences, CR returns to the start of the line, so a file's own
 * text could print a fake "ok" over its error) and the format characters, among them the bidi
 * controls, which reorder what follows them, and the zero-width ones, which make two names that
 * differ look the same. The price: an emoji joined by a zero-width joiner shows as its parts.
 */
const ACTING = /[\p{Cc}\p{Cf}]/gu;

function escaped(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One line as it may reach a terminal: every control written out visibly (`\x1b`, `\u202e`).
 * A backslash is left as it is, so Windows paths stay readable; what matters is that nothing is
 * acted on, not that the escape can be read back. A line break is escaped too: a line is one line.
 */
export function terminalSafe(line: string): string {
  return line.replace(ACTING, escaped);
}
