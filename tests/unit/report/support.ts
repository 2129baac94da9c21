import { JSDOM } from 'jsdom';

/** The report as a browser would build it; jsdom runs no script unless asked, so parsing is safe. */
export function parseReport(markup: string): Document {
  return new JSDOM(markup).window.document;
}

/** Every inline SVG of the report, each parsed on its own as an XML document: a browser's strictest reading. */
export function parseSvgs(markup: string): Document[] {
  return [...markup.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((match) => new JSDOM(match[0], { contentType: 'image/svg+xml' }).window.document);
}

/** What makes a page run code or fetch something: none of it may be in the report. */
export function activeContent(document: Document): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const name = element.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'img', 'link', 'base', 'form', 'foreignobject'].includes(name)) found.push(`<${name}>`);
    if (name === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push('meta refresh');
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${name} ${attribute.name}`);
      if (attribute.name === 'src' || attribute.name === 'srcset' || attribute.name === 'xlink:href') found.push(`${name} ${attribute.name}`);
      if (attribute.name === 'href' && !attribute.value.startsWith('#') && !/^https?:$/.test(new URL(attribute.value, 'about:blank').protocol))
        found.push(`${name} href=${attribute.value}`);
    }
  }
  return found;
}

/** A document for Plot to draw the report's charts in, as the CLI gives it. */
export function chartDocument(): Document {
  return new JSDOM('').window.document;
}
