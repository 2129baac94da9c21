import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { EXIT } from '../../../cli/exit-codes.ts';
import { committedExamples } from '../cli/support/examples.ts';
import { memoryDeps } from '../cli/support/memory-deps.ts';
import { activeContent, parseReport, parseSvgs } from './support.ts';

const examples = committedExamples();
const paths = [...examples.keys()];

async function reportOf(files: readonly string[], extra: readonly string[] = []): Promise<string> {
  const machine = memoryDeps(examples, 'nl');
  const code = await main(['report', ...files, '--html', 'r.html', ...extra], machine.deps);
  expect(machine.err).toEqual([]);
  expect(code).toBe(EXIT.ok);
  return machine.written.get('r.html') ?? '';
}

describe('the HTML report of the examples', async () => {
  const markup = await reportOf(paths);
  const document = parseReport(markup);
  const text = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.textContent);

  it('is one Dutch page with a strict policy, print styles and nothing to run or fetch', () => {
    expect(markup.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    const style = document.querySelector('style')?.textContent ?? '';
    expect(style).toMatch(/@media print \{[^@]*section \{ break-before: page; \}/);
    expect(style).toContain('"Segoe UI"');
    expect(activeContent(document)).toEqual([]);
  });

  it('has the eight sections in order, each reachable from the contents', () => {
    expect(text('main > section > h2')).toEqual([
      'Overzicht',
      'Versies',
      'Gespreksagenda',
      'Knelpunten',
      'Regioplan en herleiding',
      'Uitkomsten van de vragenlijsten',
      'Cijfers naast elkaar',
      'Bronnen',
    ]);
    for (const link of document.querySelectorAll('nav.contents a'))
      expect(document.getElementById(link.getAttribute('href')?.slice(1) ?? '')?.tagName).toBe('SECTION');
  });

  it('gives each section with parts its own contents, every entry leading into that section, and a way back', () => {
    const navs = [...document.querySelectorAll('main > section > nav.section-contents')];
    expect(navs.map((nav) => nav.closest('section')?.id)).toEqual(['gespreksagenda', 'knelpunten', 'regioplan', 'vragenlijsten', 'bronnen']);
    for (const nav of navs) {
      const section = nav.closest('section');
      const links = [...nav.querySelectorAll('a')];
      expect(links.length).toBeGreaterThan(1);
      for (const link of links) {
        const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
        expect(target?.closest('section')).toBe(section);
      }
    }
    // One entry per issue, named by its title; one per source.
    expect(text('#knelpunten nav.section-contents a')).toEqual(text('#knelpunten tbody tr.issue td:first-child > strong'));
    expect(document.querySelectorAll('#bronnen nav.section-contents li')).toHaveLength(document.querySelectorAll('#bronnen article.source').length);
    expect(text('#regioplan nav.section-contents a')[0]).toBe('Ambities, doelen en acties');
    for (const back of document.querySelectorAll('p.to-contents a')) expect(back.getAttribute('href')).toBe('#inhoud');
    expect(document.querySelectorAll('p.to-contents')).toHaveLength(document.querySelectorAll('main > section').length);
    expect(document.getElementById('inhoud')?.tagName).toBe('NAV');
  });

  it('shows the partners by domain and the counts', () => {
    expect(text('#overzicht dd')).toEqual(['5', '54', '10', '5', '1']);
    expect(text('#overzicht tbody tr td:first-child')).toEqual(['Zorg', 'Zorg', 'Sociaal domein', 'Sociaal domein', 'Zorgverzekeraar of zorgkantoor']);
  });

  it('puts the huisartsentekort first on the agenda, as a shared priority with its seven clips linked', () => {
    const first = document.querySelector('#gespreksagenda .agenda-group');
    expect(first?.getAttribute('data-kind')).toBe('shared-priority');
    expect(first?.querySelector('.agenda-item strong')?.textContent).toBe('Huisartsentekort: inwoners zonder huisarts');
    expect(first?.querySelectorAll('.agenda-item a[href^="#waarneming-"]')).toHaveLength(7);
    // Beside it who raised it, and a way to the whole of it among the issues.
    const facts = first?.querySelector('.agenda-item .agenda-facts');
    expect(facts?.textContent).toMatch(/^Ingebracht door: \S/);
    const toIssue = facts?.querySelector('a')?.getAttribute('href') ?? '';
    expect(document.getElementById(toIssue.slice(1))?.closest('section')?.id).toBe('knelpunten');
    expect(text('#knelpunten tbody tr:first-child td')[0]).toMatch(/^Huisartsentekort/);
  });

  it('shows the plan with its evidence and the findings a coordinator acts on', () => {
    expect(document.querySelectorAll('#regioplan .plan-item')).toHaveLength(8);
    expect(document.querySelectorAll('#regioplan .plan-item[id]')).toHaveLength(8);
    const findings = (kind: string) => [...document.querySelectorAll(`#regioplan [data-finding="${kind}"] li`)].map((li) => li.textContent);
    expect(findings('uncovered-top-issues')).toEqual(['Eenzaamheid onder ouderen in de dorpen']);
    expect(findings('stand-alone')).toEqual(['Doel Eén regionale zorgapp voor alle inwoners']);
    expect(findings('suspect')).toEqual([
      'Doel Jongeren met psychische klachten krijgen binnen acht weken hulp → Knelpunt: Lange wachttijden in de GGZ voor jongeren',
    ]);
    expect(findings('no-owner')).toEqual(['Actie Het Wmo-loket helpt inwoners zonder huisarts bij het inschrijven']);
    expect(findings('dangling')).toEqual([]);
    // Every in-page link of the plan reaches its target: issue rows, clips and plan items.
    for (const anchor of document.querySelectorAll('#regioplan a')) expect(document.getElementById(anchor.getAttribute('href')?.slice(1) ?? '')).not.toBeNull();
    expect(document.querySelector('#gespreksagenda [data-kind="not-in-plan"] strong')?.textContent).toBe('Eenzaamheid onder ouderen in de dorpen');
  });

  it('links every piece of evidence to its clip among the sources', () => {
    const anchors = [...document.querySelectorAll('a[href^="#waarneming-"]')];
    expect(anchors.length).toBeGreaterThan(20);
    for (const anchor of anchors) expect(document.getElementById(anchor.getAttribute('href')?.slice(1) ?? '')?.closest('#bronnen')).not.toBeNull();
  });

  it('draws each survey question with Plot as a titled, well-formed SVG with its figures as a table', () => {
    const figures = [...document.querySelectorAll('figure.survey-chart')];
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const figure of figures) {
      const svg = figure.querySelector('svg');
      expect(svg?.getAttribute('role')).toBe('img');
      expect(svg?.getAttribute('aria-label')).toBe(svg?.querySelector('title')?.textContent);
      expect(svg?.getAttribute('aria-label')).toBe(figure.querySelector('figcaption')?.textContent);
      if (figure.getAttribute('data-kind') === 'bars') {
        // One bar per group that answered; a group without an answer keeps its row in the table.
        const answered = [...figure.querySelectorAll('table tbody tr')].filter((row) => row.querySelectorAll('td')[1]?.textContent !== '–');
        expect(figure.querySelectorAll('svg g[data-mark="bar"] rect')).toHaveLength(answered.length);
      }
    }
    const svgs = parseSvgs(markup);
    expect(svgs).toHaveLength(figures.length);
    for (const svg of svgs) expect(svg.querySelector('parsererror')).toBeNull();
    const ranking = figures.find((figure) => figure.querySelector('figcaption')?.textContent?.startsWith('Welke knelpunten'));
    expect(ranking?.querySelector('tbody tr th')?.textContent).toBe('Huisartsentekort: inwoners zonder huisarts');
    expect([...(ranking?.querySelectorAll('tbody tr:first-child td') ?? [])].map((cell) => cell.textContent)).toEqual(['Alle partners', '56%', '5']);
  });

  it('adds the heat map of urgency by domain and theme to the ranking of the issues, with its figures as a table', () => {
    const heatmaps = [...document.querySelectorAll('figure.survey-chart[data-kind="heatmap"]')];
    expect(heatmaps.length).toBeGreaterThanOrEqual(1);
    const heatmap = heatmaps[0];
    expect(heatmap?.querySelector('figcaption')?.textContent).toMatch(/^Urgentie per domein en thema: /);
    const cells = heatmap?.querySelectorAll('svg g[data-mark="cell"] rect').length ?? 0;
    const tableCells = heatmap?.querySelectorAll('tbody td').length ?? 0;
    expect(cells).toBeGreaterThan(0);
    expect(cells).toBe(tableCells);
    expect(heatmap?.querySelector('tbody tr th')?.textContent).toBe('Bevolkingsontwikkeling');
  });

  it('groups the sources by address and links only to http(s) with noopener and noreferrer', () => {
    const links = [...document.querySelectorAll('#bronnen h3 a')];
    expect(links.length).toBe(document.querySelectorAll('#bronnen article.source').length);
    expect(new Set(links.map((link) => link.getAttribute('href'))).size).toBe(links.length);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(document.querySelectorAll('#bronnen .clip')).toHaveLength(54);
  });

  it('is the same, byte for byte, for every order of the bundles', async () => {
    expect(await reportOf([...paths].reverse())).toBe(markup);
    expect(await reportOf([paths[2], paths[0], paths[4], paths[1], paths[3]].flatMap((path) => (path === undefined ? [] : [path])))).toBe(markup);
  });

  it('speaks English with --lang en', async () => {
    const english = parseReport(await reportOf(paths, ['--lang', 'en']));
    expect(english.documentElement.lang).toBe('en');
    expect([...english.querySelectorAll('main > section > h2')].map((h) => h.textContent)).toEqual([
      'Overview',
      'Versions',
      'Agenda for the joint session',
      'Issues',
      'Regional plan and traceability',
      'Survey results',
      'Figures side by side',
      'Sources',
    ]);
    expect(english.querySelector('#gespreksagenda h3')?.textContent).toBe('Shared priorities');
  });
});
