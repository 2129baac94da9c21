import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The rules that fire on `code` as if it were a component of the extension. */
async function violations(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'extension/components/sink-probe.tsx' });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('lint keeps page and bundle text out of HTML parsers', () => {
  it.each([
    ['innerHTML', 'export function show(el: HTMLElement, text: string) { el.innerHTML = text; }', 'no innerHTML'],
    ['outerHTML', 'export function show(el: HTMLElement, text: string) { el.outerHTML = text; }', 'no outerHTML'],
    ['insertAdjacentHTML', "export function show(el: HTMLElement, text: string) { el.insertAdjacentHTML('beforeend', text); }", 'no insertAdjacentHTML'],
    [
      'dangerouslySetInnerHTML',
      'export const Show = ({ text }: { text: string }) => <p dangerouslySetInnerHTML={{ __html: text }} />;',
      'no dangerouslySetInnerHTML',
    ],
    [
      'createContextualFragment',
      'export function show(text: string) { return document.createRange().createContextualFragment(text); }',
      'no createContextualFragment',
    ],
    ['document.write', 'export function show(text: string) { document.write(text); }', 'no document.write'],
  ])('refuses %s', async (_, code, message) => {
    expect(await violations(code)).toEqual([expect.stringContaining(message)]);
  });

  it('lets text be rendered as text', async () => {
    expect(
      await violations(
        'export const Show = ({ text }: { text: string }) => <p>{text}</p>;\nexport function set(el: HTMLElement, text: string) { el.textContent = text; }',
      ),
    ).toEqual([]);
  });
});
