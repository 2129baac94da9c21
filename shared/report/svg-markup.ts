import { html, markupElement, type SafeHtml } from './html.ts';

const ELEMENT = 1;
const TEXT = 3;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** What would make a chart run code or fetch something: never drawn by Plot, refused if it ever is. */
const ACTIVE = new Set(['script', 'foreignobject', 'image', 'use', 'a', 'iframe', 'animate', 'set']);

/**
 * An SVG element drawn by a chart library as report markup. Walked node by node rather than taken
 * from a serializer, so every attribute value and text goes through the report's one escape, and
 * an element or attribute that could run or fetch something stops the report instead of reaching it.
 */
export function svgMarkup(svg: Element): SafeHtml {
  return reconstruct(svg, true);
}

function reconstruct(element: Element, root: boolean): SafeHtml {
  const name = element.localName;
  if (ACTIVE.has(name.toLowerCase())) throw new TypeError(`a chart may not hold <${name}>`);
  const attributes = [...element.attributes]
    .filter((attribute) => attribute.name !== 'xmlns')
    .map((attribute): [string, string] => {
      if (/^on/i.test(attribute.name) || /href$/i.test(attribute.name)) throw new TypeError(`a chart may not carry ${attribute.name}`);
      return [attribute.name, attribute.value];
    });
  const children = [...element.childNodes].map((node) => {
    if (node.nodeType === ELEMENT) return reconstruct(node as Element, false);
    return node.nodeType === TEXT ? html`${node.textContent ?? ''}` : html``;
  });
  return markupElement(name, root ? [['xmlns', SVG_NS], ...attributes] : attributes, children);
}
