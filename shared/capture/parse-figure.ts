export interface ParsedNumber {
  readonly value: number;
  /** '%' or '€' when the text says so; empty otherwise. */
  readonly unit: string;
}

/**
 * Reads a figure as it is written on Dutch and English pages: "1.234,5", "1,234.5", "52%",
 * "52 procent", "€ 1.200", "−3,4". A lone separator before exactly three digits ("12.345") is a
 * thousands separator on a Dutch page and a decimal point on an English one.
 */
export function parseFigure(text: string, lang = 'nl'): ParsedNumber | null {
  const match = /([-−–]?)\s*(\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)/.exec(text);
  if (match === null) return null;
  const sign = match[1] === '' ? 1 : -1;
  const digits = (match[2] ?? '').replace(/[\s\u00a0\u202f]/g, '');
  const value = sign * toNumber(digits, lang.toLowerCase().startsWith('en'));
  if (!Number.isFinite(value)) return null;
  const unit = /%|procent|percent/i.test(text) ? '%' : /€|euro|eur\b/i.test(text) ? '€' : '';
  return { value, unit };
}

function toNumber(digits: string, english: boolean): number {
  const dots = digits.split('.').length - 1;
  const commas = digits.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    // Both appear: the one that comes last is the decimal mark.
    const decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    return Number(digits.split(thousands).join('').replace(decimal, '.'));
  }
  const separator = dots > 0 ? '.' : commas > 0 ? ',' : '';
  if (separator === '') return Number(digits);
  const count = separator === '.' ? dots : commas;
  const lastGroup = digits.slice(digits.lastIndexOf(separator) + 1);
  const thousandsMark = english ? ',' : '.';
  const isThousands = count > 1 || (lastGroup.length === 3 && separator === thousandsMark);
  return isThousands ? Number(digits.split(separator).join('')) : Number(digits.replace(separator, '.'));
}
