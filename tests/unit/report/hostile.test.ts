import { describe, expect, it } from 'vitest';
import { analyseRegiobeeld } from '../../../shared/regiobeeld/analyse.ts';
import { escapeHtml, html, linkableUrl, markupOf } from '../../../shared/report/html.ts';
import { renderReport } from '../../../shared/report/render-report.ts';
import { REPORT_LANGUAGES } from '../../../shared/report/texts.ts';
import type { RegionRecord } from '../../../shared/schema/record.ts';
import { fakeIssue, fakeObservation, observationBody, recordId } from '../../support/fake-records.ts';
import { link, P, planItem, serves } from '../plan/support.ts';
import { PARTNER, partnerRecord, responseRecord, toets } from '../survey/support/toets-survey.ts';
import { activeContent, chartDocument, parseReport, parseSvgs } from './support.ts';
import { liveVersion } from '../../../shared/records/versions.ts';

/** A right-to-left override: outside a `<bdi>` it would reverse the report's own words after it. */
const OVERRIDE = '\u202Efdp.exe';
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '</style><script>alert(2)</script>',
  '<a href="javascript:alert(1)">x</a>',
  OVERRIDE,
];
const EVIL = PAYLOADS.join(' ');
const EVIL_URLS = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'not a url "><svg onload=alert(1)>',
];

/**
 * Every text a bundle can carry into the report holds the payloads, and no source has an http(s)
 * address. Records are made past the schema, as a bundle that slipped through validation would be.
 */
function hostileRecords(): RegionRecord[] {
  const issues = [1, 2, 3].map((n) => fakeIssue(n, { title: `${EVIL} ${n}`, themes: [EVIL], areas: [EVIL] }, { origin: PARTNER.zorg }));
  const clips = EVIL_URLS.map((url, index) =>
    fakeObservation(
      0x10 + index,
      {
        quote: EVIL,
        interpretation: EVIL,
        themes: [EVIL],
        areas: [EVIL],
        issueIds: [recordId(1 + (index % 3))],
        figure: { value: 1, unit: EVIL, period: EVIL, label: EVIL },
        source: { ...observationBody().source, url, pageUrl: url, title: EVIL, siteName: EVIL, byline: EVIL, description: EVIL },
      },
      { origin: index % 2 === 0 ? PARTNER.zorg : PARTNER.verzekeraar },
    ),
  );
  return [
    // The region's name, which titles the report, is a partner's text too.
    ...[partnerRecord(PARTNER.zorg, 'zorg', EVIL), partnerRecord(PARTNER.verzekeraar, 'verzekeraar', EVIL)].map((record) =>
      liveVersion('partner', record.id, { organisation: EVIL, domain: record.body?.domain ?? 'zorg', regionName: EVIL }, record),
    ),
    ...issues,
    ...clips,
    responseRecord(1, PARTNER.zorg, {
      top: [recordId(1), recordId(2)],
      urgentie: 4,
      groepen: ['x', 'other'],
      'groepen-Comment': EVIL,
      toelichting: EVIL,
      stellingen: { r1: 2 },
    }),
    responseRecord(2, PARTNER.verzekeraar, { top: [recordId(2), recordId(3)], urgentie: 2, groepen: ['y'], stellingen: { r1: 4, r2: 5 } }),
    // A response from an installation without partner record: its id is shown as the partner's name.
    responseRecord(3, PARTNER.zonderRecord, { top: [recordId(3)] }),
    ...hostilePlan(),
  ];
}

/** Every text of a plan item and a trace link, including a question name no survey has. */
function hostilePlan(): RegionRecord[] {
  const texts = { title: EVIL, description: EVIL, period: EVIL, indicator: { measure: EVIL, baselineObservationId: recordId(0x10) } };
  return [
    planItem(1, 'ambition', texts),
    planItem(2, 'goal', texts),
    planItem(3, 'action', texts),
    planItem(4, 'initiative', { ...texts, ownerPartnerIds: [PARTNER.zorg] }),
    serves(2, 1),
    serves(3, 2),
    serves(4, 2),
    {
      ...link({ fromId: P(1), toType: 'surveyFinding', toId: recordId(0x301), toQuestion: EVIL }),
      body: { fromId: P(1), toType: 'surveyFinding', toId: recordId(0x301), toQuestion: EVIL, rationale: EVIL, evidenceAt: '2025-01-01T00:00:00.000Z-0000' },
    },
    link({ fromId: P(2), toType: 'issue', toId: recordId(1) }),
    link({ fromId: P(3), toType: 'observation', toId: recordId(0x99) }),
  ];
}

describe.each(REPORT_LANGUAGES)('the %s report of a hostile regiobeeld', (language) => {
  const markup = renderReport(analyseRegiobeeld(EVIL, hostileRecords(), [toets(1)]), {
    generatedAt: '2026-11-22T12:00:00.000Z',
    language,
    document: chartDocument(),
  });
  const document = parseReport(markup);

  it('has no script, no event handler, no fetched resource and no link but http(s) and anchors', () => {
    expect(markup).not.toMatch(/<script/i);
    expect(markup).not.toMatch(/<iframe/i);
    expect(activeContent(document)).toEqual([]);
    for (const svg of document.querySelectorAll('svg')) expect(svg.getAttribute('role')).toBe('img');
  });

  it('shows the payloads as text, where a reader can see what the partner wrote', () => {
    const text = document.body.textContent ?? '';
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    expect(document.title).toBe(language === 'nl' ? `Regiobeeld ${EVIL}` : `Regional picture ${EVIL}`);
    // The refused addresses stay readable, but none became a link.
    for (const url of EVIL_URLS) expect([...document.querySelectorAll('.source .url')].map((p) => p.textContent)).toContain(url);
    expect(document.querySelectorAll('.source h3 a')).toHaveLength(0);
    const plan = document.getElementById('regioplan')?.textContent ?? '';
    for (const payload of PAYLOADS) expect(plan).toContain(payload);
    expect(document.querySelectorAll('#regioplan .plan-item')).toHaveLength(4);
    expect(document.querySelectorAll('#regioplan [data-state="suspect"], #regioplan [data-state="dangling"]')).toHaveLength(2);
  });

  it('isolates every text of a bundle in a <bdi>, so no override can reorder the words around it', () => {
    const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
    const loose: string[] = [];
    const isolatedCount = document.querySelectorAll('bdi').length;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.textContent?.includes(OVERRIDE) && node.parentElement?.closest('bdi, svg') === null)
        loose.push(`${node.parentElement.localName}: ${node.textContent.slice(0, 80)}`);
    }
    expect(loose).toEqual([]);
    expect(isolatedCount).toBeGreaterThan(50);
    // The charts draw in SVG, which has no <bdi>; their figures stand isolated in the table beside them.
    expect([...document.querySelectorAll('table.chart-data th[scope="row"]')].every((th) => th.firstElementChild?.localName === 'bdi')).toBe(true);
  });

  it('flags the two partners that carry the same name', () => {
    const finding = document.querySelector('[data-finding="look-alike-names"]');
    expect(finding?.querySelectorAll('li')).toHaveLength(1);
    expect(finding?.querySelectorAll('li bdi')).toHaveLength(2);
    expect(finding?.textContent).toContain(PARTNER.zorg);
    expect(finding?.textContent).toContain(PARTNER.verzekeraar);
  });

  it('keeps every chart well-formed SVG with the hostile labels as text', () => {
    const svgs = parseSvgs(markup);
    expect(svgs.length).toBeGreaterThanOrEqual(4);
    for (const svg of svgs) {
      expect(svg.querySelector('parsererror')).toBeNull();
      expect(svg.documentElement.localName).toBe('svg');
      expect(svg.querySelectorAll('script, foreignObject')).toHaveLength(0);
      expect([...svg.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.name)).filter((name) => name.startsWith('on'))).toEqual(
        [],
      );
    }
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps the content security policy that forbids scripts whatever else went wrong', () => {
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
  });
});

describe('escaping', () => {
  it('escapes the five characters that can leave text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('escapes every value put into the html tag, including lists, but not markup it made itself', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(markupOf(html`<p title="${'"x'}">${inner}${['<', 1]}${null}</p>`)).toBe('<p title="&quot;x"><b>&lt;i&gt;</b>&lt;1</p>');
  });

  it('refuses a lookalike of made markup', () => {
    const forged = { toString: () => '<script>alert(1)</script>' } as unknown as string;
    expect(markupOf(html`${forged}`)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each([
    ['https://www.ggdbzo.nl/rapport?a=1&b=2', 'https://www.ggdbzo.nl/rapport?a=1&b=2'],
    ['HTTP://Example.nl', 'http://example.nl/'],
    ['javascript:alert(1)', null],
    ['  javascript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///etc/passwd', null],
    ['//example.nl', null],
    ['', null],
  ])('links %j only as http(s)', (url, expected) => {
    expect(linkableUrl(url)).toBe(expected);
  });
});
