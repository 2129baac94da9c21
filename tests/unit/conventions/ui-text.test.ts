import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Components live in components/, features/ and apps/: every .tsx of the extension is read.
const COMPONENTS = resolve('extension');

/** Attributes a user reads or hears: their text must come from the catalogues. */
const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

/**
 * Symbols and punctuation that need no translation; anything else without letters is still refused.
 * `×` is the glyph of a remove button whose name comes from its aria-label.
 */
const ALLOWED_SYMBOLS = new Set(['·', '…', '•', '–', '(', ')', '×']);

/** Calls whose string arguments are message keys, not text. */
const MESSAGE_CALLS = new Set(['t', 'messageIn']);

const hasLetter = (text: string) => /\p{L}/u.test(text);

function componentFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

function isMessageCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && MESSAGE_CALLS.has(node.expression.text);
}

/** `a === 'completed'`: a literal compared with, not shown. */
function isComparedWith(node: ts.Node): boolean {
  const parent = node.parent;
  if (!ts.isBinaryExpression(parent)) return false;
  const kind = parent.operatorToken.kind;
  return kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsEqualsToken;
}

/** The literal strings in an attribute's or child's expression that can reach the screen. */
function shownLiterals(expression: ts.Node, { argumentsShown }: { readonly argumentsShown: boolean }): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (isMessageCall(node)) return;
    // Between tags, `{fieldError('organisation')}` passes a name to a helper whose own JSX is checked.
    if (!argumentsShown && ts.isCallExpression(node)) return;
    // A nested element is checked on its own; a callback's body does not render here.
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isComparedWith(node)) found.push(node);
    if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}

function literalText(node: ts.Node): string {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) ? node.text : node.getText();
}

/** Every piece of user-facing text written into the source of one component, as `line: text`. */
export function hardCodedText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const problems: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    problems.push(`${line + 1}: ${text.trim()}`);
  };
  const refused = (text: string) => hasLetter(text) || [...text.replace(/\s/g, '')].some((char) => !ALLOWED_SYMBOLS.has(char) && !/[\d:,.;/ -]/.test(char));
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (node.text.trim() !== '' && refused(node.text)) report(node, node.text);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      const value = node.initializer;
      if (USER_FACING_ATTRIBUTES.has(name) && value !== undefined) {
        const literals = ts.isStringLiteral(value) ? [value] : value.kind === ts.SyntaxKind.JsxExpression ? shownLiterals(value, { argumentsShown: true }) : [];
        for (const literal of literals) if (hasLetter(literalText(literal))) report(literal, `${name}=${literalText(literal)}`);
      }
    } else if (isMessageCall(node) && ts.isCallExpression(node)) {
      // Numbers reach a message through Intl (extension/i18n/format.ts), never as String(n).
      for (const argument of node.arguments)
        if (ts.isCallExpression(argument) && argument.expression.getText(file) === 'String') report(argument, argument.getText(file));
    } else if (ts.isJsxExpression(node) && node.expression !== undefined && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const literal of shownLiterals(node.expression, { argumentsShown: false })) if (refused(literalText(literal))) report(literal, literalText(literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return problems;
}

describe('no hard-coded UI text in components', () => {
  const files = componentFiles(COMPONENTS);

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((path) => [relative(COMPONENTS, path), path]))('%s takes every shown text from the catalogues', (_, path) => {
    expect(hardCodedText(path, readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('refuses text between tags, in user-facing attributes and as a literal child', () => {
    const probe = [
      'export const A = () => (',
      '  <section aria-label="Overzicht">',
      '    <h2>Waarnemingen</h2>',
      "    <input placeholder={'Zoek'} title={busy ? t('busy') : 'Klaar'} />",
      '    <img alt={`Logo ${name}`} />',
      "    <p>{'Geen gegevens'}</p>",
      '    <p>→</p>',
      "    <p>{t('surveyRound', String(round))}</p>",
      '  </section>',
      ');',
    ].join('\n');
    expect(hardCodedText('probe.tsx', probe)).toEqual([
      '2: aria-label=Overzicht',
      '3: Waarnemingen',
      '4: placeholder=Zoek',
      '4: title=Klaar',
      '5: alt=Logo',
      '6: Geen gegevens',
      '7: →',
      '8: String(round)',
    ]);
  });

  it('lets through catalogue text, data, allowed symbols and compared values', () => {
    const probe = [
      'export const B = () => (',
      '  <p title={t(open ? \'closeKey\' : \'openKey\')} class="hint small" data-testid="x">',
      "    {t('recordsHeading')} · {record.title} (…) {' '} {state === 'done' && t('doneKey')}",
      '    <option label={`${area.name} (${area.code})`} />',
      "    <p>{t('surveyRound', formatCount(round))}</p>",
      '  </p>',
      ');',
    ].join('\n');
    expect(hardCodedText('probe.tsx', probe)).toEqual([]);
  });
});
