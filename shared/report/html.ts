const MARKUP = Symbol('markup');

/**
 * Markup that is already safe. Only the `html` tag below makes it (the key is not exported), so a
 * bundle's text cannot reach the report without passing through `escapeHtml`.
 */
export interface SafeHtml {
  readonly [MARKUP]: string;
}

const isSafe = (value: unknown): value is SafeHtml => typeof value === 'object' && value !== null && MARKUP in value;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The one escape of the report: enough for text between tags and inside quoted attributes, in HTML and in SVG. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

export type HtmlValue = SafeHtml | string | number | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined) return '';
  if (isSafe(value)) return value[MARKUP];
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template: the literal parts are markup written here, every interpolated value is text and
 * is escaped, unless it is markup made by this tag. Attribute values must stand between double quotes.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return { [MARKUP]: out };
}

/**
 * A text from a bundle, set apart from what stands around it: in a `<bdi>` the browser orders its
 * letters on their own, so a right-to-left name or a bidi override in a title cannot reorder the
 * report's words beside it ("geknipt door …, op …"). Every bundle text the report shows goes
 * through here.
 */
export function isolated(text: HtmlValue): SafeHtml {
  return html`<bdi>${text}</bdi>`;
}

/**
 * The address as a link may carry it, or null: only http and https, so neither `javascript:` nor
 * `data:` can become a link, whatever a bundle that slipped past validation holds.
 */
export function linkableUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The markup as text, to write to a file. */
export function markupOf(value: SafeHtml): string {
  return value[MARKUP];
}

const NAME = /^[A-Za-z][A-Za-z0-9:-]*$/;

/**
 * An element built from a name, attributes and children, for markup walked from a DOM tree (the
 * charts): names must be plain XML names, values are escaped like every other text.
 */
export function markupElement(name: string, attributes: readonly (readonly [string, string])[], children: readonly SafeHtml[]): SafeHtml {
  for (const part of [name, ...attributes.map(([key]) => key)]) if (!NAME.test(part)) throw new TypeError(`not a markup name: ${part}`);
  const attributeText = attributes.map(([key, value]) => ` ${key}="${escapeHtml(value)}"`).join('');
  return { [MARKUP]: `<${name}${attributeText}>${children.map((child) => child[MARKUP]).join('')}</${name}>` };
}
