import { describe, expect, it, vi } from 'vitest';
import type { ClipToFind } from '../../extension/page/highlight-clips.ts';
import { createAnchorStore } from '../../extension/services/anchor-store.ts';
import { createAnchorTab } from '../../extension/services/anchor-tab.ts';
import { clipBody, PARTNER_A, testStore } from './support/test-store.ts';

const PAGE = 'http://127.0.0.1:8080/monitor.html';
const CANONICAL = 'https://www.ggdbzo.nl/monitor';
const CHECKED_AT = Date.parse('2026-11-23T08:00:00.000Z');

async function pageWithClips() {
  const test = testStore();
  await test.store.setupPartner(PARTNER_A);
  const selector = (exact: string) => ({ exact, prefix: '', suffix: '' });
  const onCanonical = await test.store.addObservation({ ...clipBody('Eerste passage', CANONICAL), selector: selector('Eerste passage') });
  const onPage = await test.store.addObservation({
    ...clipBody('Tweede passage', 'https://elders.example/x'),
    source: { ...clipBody('').source, url: 'https://elders.example/x', pageUrl: PAGE },
    selector: selector('Tweede passage'),
  });
  const wholePage = await test.store.addObservation({ ...clipBody('Beschrijving', CANONICAL), captureNote: 'whole-page' });
  const otherPage = await test.store.addObservation({ ...clipBody('Andere bron', 'https://www.cbs.nl/'), selector: selector('Andere bron') });
  return { ...test, onCanonical, onPage, wholePage, otherPage };
}

function anchorer(test: Awaited<ReturnType<typeof pageWithClips>>, address: unknown, answer: (clips: readonly ClipToFind[]) => unknown) {
  const runHighlighter = vi.fn(async (_tabId: number, clips: readonly ClipToFind[]) => answer(clips));
  const publishPage = vi.fn(async () => undefined);
  const insertStyle = vi.fn(async () => undefined);
  const anchors = createAnchorStore(test.db);
  const anchorTab = createAnchorTab({
    injectHighlighter: async () => address,
    runHighlighter,
    insertStyle,
    clipsAt: test.store.observationsAt,
    anchors,
    publishPage,
    now: () => CHECKED_AT,
  });
  return { anchorTab, runHighlighter, publishPage, insertStyle, anchors };
}

describe('re-anchoring a tab', () => {
  it('hands the page only its own clips with a passage, and records what was found and what was lost', async () => {
    const test = await pageWithClips();
    const { anchorTab, runHighlighter, publishPage, anchors } = anchorer(test, { href: `${PAGE}#intro`, canonicalUrl: CANONICAL }, (clips) => ({
      found: [clips[0]?.id],
      lost: [],
    }));
    const outcome = await anchorTab(9);
    const sent = runHighlighter.mock.calls[0]?.[1] ?? [];
    expect(sent.map((clip) => clip.id).sort()).toEqual([test.onCanonical.id, test.onPage.id].sort());
    expect(sent.every((clip) => Object.keys(clip).sort().join() === 'id,selector')).toBe(true);
    if (outcome.status !== 'anchored') throw new Error('not anchored');
    expect(outcome.urls).toEqual([PAGE, CANONICAL]);
    expect(outcome.found).toHaveLength(1);
    expect(outcome.lost).toHaveLength(1);
    expect(publishPage).toHaveBeenCalledWith({ tabId: 9, urls: [PAGE, CANONICAL], checkedAt: CHECKED_AT });
    const statuses = await anchors.statuses();
    expect([...statuses.values()].sort()).toEqual(['found', 'lost']);
    expect(statuses.has(test.wholePage.id)).toBe(false);
    expect(statuses.has(test.otherPage.id)).toBe(false);
  });

  it('believes the page only about the clips it was asked about: the rest counts as not found', async () => {
    const test = await pageWithClips();
    const { anchorTab } = anchorer(test, { href: PAGE, canonicalUrl: 'javascript:alert(1)' }, () => ({
      found: ['0190a0e0-0000-7000-8000-000000000000'],
      lost: [],
    }));
    const outcome = await anchorTab(9);
    expect(outcome).toEqual({ status: 'anchored', urls: [PAGE], found: [], lost: [test.onPage.id] });
  });

  it('does nothing with an answer of the wrong shape', async () => {
    const test = await pageWithClips();
    expect(await anchorer(test, { href: PAGE, canonicalUrl: null, extra: 1 }, () => ({ found: [], lost: [] })).anchorTab(9)).toEqual({ status: 'unavailable' });
    expect(await anchorer(test, { href: 'chrome://settings', canonicalUrl: null }, () => ({ found: [], lost: [] })).anchorTab(9)).toEqual({
      status: 'unavailable',
    });
    const { anchorTab, anchors } = anchorer(test, { href: PAGE, canonicalUrl: null }, () => 'found everything');
    expect(await anchorTab(9)).toEqual({ status: 'unavailable' });
    expect((await anchors.statuses()).size).toBe(0);
  });

  it('clears old highlights on a page that has no clips left', async () => {
    const test = await pageWithClips();
    const { anchorTab, runHighlighter, insertStyle } = anchorer(test, { href: 'https://leeg.example/', canonicalUrl: null }, () => ({ found: [], lost: [] }));
    expect(await anchorTab(9)).toMatchObject({ status: 'anchored', found: [], lost: [] });
    expect(runHighlighter).toHaveBeenCalledWith(9, []);
    expect(insertStyle).not.toHaveBeenCalled();
  });
});
