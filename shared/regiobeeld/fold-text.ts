/**
 * Text as free-text search compares it: lower case, accents dropped ("Coöperatie" finds
 * "cooperatie"), so a coordinator finds a clip however a partner typed it.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
