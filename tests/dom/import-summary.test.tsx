import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportSummaryList } from '../../extension/components/import-summary.tsx';
import type { ImportSummary } from '../../extension/services/import-summary.ts';

afterEach(cleanup);

const taken: ImportSummary = { fileName: 'regiobeeld-helmond-de-peel-ggd-2026-11-22.json', ok: true, added: 1200, updated: 3, unchanged: 0, errors: [] };
const refused: ImportSummary = {
  fileName: '<img src=x onerror=alert(1)>.json',
  ok: false,
  added: 0,
  updated: 0,
  unchanged: 0,
  errors: [
    { code: 'invalid-record', message: 'records[2].body.quote: Too big', path: 'records[2].body.quote', recordIndex: 2, recordId: '019a0000-0000-7000-8000-000000000002', detail: 'Too big' },
    { code: 'other-region', message: 'other region', path: 'region', detail: 'zuid-limburg' },
  ],
};

describe('import summary', () => {
  it('shows nothing before an import', () => {
    render(<ImportSummaryList summaries={[]} localRegion="helmond-de-peel" />);
    expect(screen.queryByTestId('import-summary')).toBeNull();
  });

  it('counts what a taken file added, updated and left unchanged, in Dutch number format', () => {
    render(<ImportSummaryList summaries={[taken]} localRegion="helmond-de-peel" />);
    const item = screen.getByTestId('import-summary-item');
    expect(item.dataset.ok).toBe('true');
    expect(screen.getByTestId('import-counts').textContent).toBe('1.200 toegevoegd, 3 bijgewerkt, 0 ongewijzigd');
  });

  it('gives every reason for a refused file, with where in the file, as text', () => {
    render(<ImportSummaryList summaries={[taken, refused]} localRegion="helmond-de-peel" />);
    const items = screen.getAllByTestId('import-summary-item');
    expect(items.map((item) => item.dataset.ok)).toEqual(['true', 'false']);
    expect(items[1]?.textContent).toContain('geweigerd');
    const reasons = screen.getAllByTestId('import-error');
    expect(reasons.map((r) => r.dataset.code)).toEqual(['invalid-record', 'other-region']);
    expect(reasons[0]?.textContent).toBe('Een record in het bestand klopt niet: Too big (plaats: records[2].body.quote · record 019a0000-0000-7000-8000-000000000002)');
    expect(reasons[1]?.textContent).toContain('“zuid-limburg”, uw regiobeeld bij “helmond-de-peel”');
    expect(items[1]?.querySelector('img')).toBeNull();
    expect(items[1]?.textContent).toContain('<img src=x onerror=alert(1)>.json');
  });

  it('offers to import a bundle signed by a changed key only on the partner\'s explicit consent', () => {
    const held: ImportSummary = { ...refused, fileName: 'ggz.json', errors: [{ code: 'key-changed', message: 'changed key', path: 'producer.publicKey', detail: 'GGZ De Peel' }] };
    const accepted: string[] = [];
    render(<ImportSummaryList summaries={[held, refused]} localRegion="helmond-de-peel" onAcceptKey={(name) => accepted.push(name)} />);
    expect(screen.getAllByTestId('import-error')[0]?.textContent).toContain('GGZ De Peel');
    const buttons = screen.getAllByTestId('import-accept-key');
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0] as HTMLElement);
    expect(accepted).toEqual(['ggz.json']);
  });
});
