import { describe, expect, it, vi } from 'vitest';
import { createClipSelection } from '../../extension/services/clip-selection.ts';
import { PARTNER_A, START, testStore } from './support/test-store.ts';

function clipper(store = testStore().store) {
  const badge = { saved: vi.fn(async () => undefined), failed: vi.fn(async () => undefined) };
  const openSetup = vi.fn(async () => undefined);
  return { badge, openSetup, clip: createClipSelection({ store, now: () => START, openSetup, badge }) };
}

const request = { selectionText: '  Het aantal mantelzorgers in Deurne daalt.\n', pageUrl: 'http://127.0.0.1:8080/monitor.html', tabTitle: 'GGD Gezondheidsmonitor', tabId: 3 };

describe('clipping a selection', () => {
  it('stores a signal observation with the trimmed quote and its source, and marks the tab', async () => {
    const { store, db } = testStore();
    await store.setupPartner(PARTNER_A);
    const { clip, badge } = clipper(store);
    const outcome = await clip(request);
    if (outcome.status !== 'saved') throw new Error(JSON.stringify(outcome));
    expect((await db.records.get(outcome.id))?.body).toEqual({
      quote: 'Het aantal mantelzorgers in Deurne daalt.',
      source: { url: request.pageUrl, title: 'GGD Gezondheidsmonitor', accessedAt: '2026-11-22T10:00:00.000Z' },
      kind: 'signal',
      areas: [],
      themes: [],
      interpretation: '',
      issueIds: [],
    });
    expect(badge.saved).toHaveBeenCalledWith(3);
  });

  it('opens the setup and keeps the clip when no partner is set up yet', async () => {
    const { store, db } = testStore();
    const { clip, openSetup, badge } = clipper(store);
    expect(await clip(request)).toEqual({ status: 'pending-setup' });
    expect(openSetup).toHaveBeenCalledOnce();
    expect(badge.saved).not.toHaveBeenCalled();
    expect(await db.records.count()).toBe(0);
    expect((await store.setupPartner(PARTNER_A)).savedClips).toHaveLength(1);
  });

  it.each([
    ['a non-web page', { ...request, pageUrl: 'chrome://settings' }, 'not-a-web-page'],
    ['a javascript: address', { ...request, pageUrl: 'javascript:alert(1)' }, 'not-a-web-page'],
    ['an empty selection', { ...request, selectionText: ' \n ' }, 'empty-selection'],
    ['an overlong selection', { ...request, selectionText: 'x'.repeat(20_001) }, 'too-long'],
  ])('stores nothing for %s and shows an error on the tab', async (_, input, reason) => {
    const { store, db } = testStore();
    await store.setupPartner(PARTNER_A);
    const { clip, badge } = clipper(store);
    expect(await clip(input)).toEqual({ status: 'refused', reason });
    expect(badge.failed).toHaveBeenCalledWith(3);
    expect(await db.records.where('type').equals('observation').count()).toBe(0);
  });

  it('refuses a request of the wrong shape', async () => {
    const { clip } = clipper();
    expect(await clip({ ...request, extra: true })).toEqual({ status: 'refused', reason: 'invalid-request' });
    expect(await clip('selection')).toEqual({ status: 'refused', reason: 'invalid-request' });
  });
});
