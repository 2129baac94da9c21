import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportSummaryList } from '../../extension/features/exchange/import-summary-view.tsx';
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
    {
      code: 'invalid-record',
      message: 'records[2].body.quote: Too big',
      path: 'records[2].body.quote',
      recordIndex: 2,
      recordId: '019a0000-0000-7000-8000-000000000002',
      detail: 'Too big',
    },
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
    expect(reasons[0]?.textContent).toBe(
      'Een record in het bestand klopt niet: Too big (plaats: records[2].body.quote · record 019a0000-0000-7000-8000-000000000002)',
    );
    expect(reasons[1]?.textContent).toContain('“zuid-limburg”, uw regiobeeld bij “helmond-de-peel”');
    expect(items[1]?.querySelector('img')).toBeNull();
    expect(items[1]?.textContent).toContain('<img src=x onerror=alert(1)>.json');
  });

  it("offers to import a bundle signed by a changed key only on the partner's explicit consent", () => {
    const held: ImportSummary = {
      ...refused,
      fileName: 'ggz.json',
      errors: [{ code: 'key-changed', message: 'changed key', path: 'producer.publicKey', detail: 'GGZ De Peel' }],
    };
    const accepted: Array<[string, object]> = [];
    render(<ImportSummaryList summaries={[held, refused]} localRegion="helmond-de-peel" onAccept={(name, consent) => accepted.push([name, consent])} />);
    expect(screen.getAllByTestId('import-error')[0]?.textContent).toContain('GGZ De Peel');
    const buttons = screen.getAllByTestId('import-accept-key');
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0] as HTMLElement);
    expect(accepted).toEqual([['ggz.json', { acceptChangedKey: true }]]);
  });

  it('names the versions left out of a file that came in, and offers to let unsigned ones in on consent', () => {
    const partial: ImportSummary = {
      fileName: 'partner.json',
      ok: true,
      added: 3,
      updated: 0,
      unchanged: 1,
      errors: [
        {
          code: 'bad-signature',
          message: 'forged',
          path: 'records[4]',
          recordIndex: 4,
          recordId: '019a0000-0000-7000-8000-000000000004',
          detail: 'GGZ De Peel',
        },
        { code: 'unsigned', message: 'unsigned', path: 'records[5]', recordIndex: 5, recordId: '019a0000-0000-7000-8000-000000000005', detail: 'GGZ De Peel' },
      ],
    };
    const accepted: Array<[string, object]> = [];
    render(<ImportSummaryList summaries={[partial]} localRegion="helmond-de-peel" onAccept={(name, consent) => accepted.push([name, consent])} />);
    expect(screen.getByTestId('import-counts').textContent).toContain('3 toegevoegd');
    expect(screen.getByTestId('import-left-out').textContent).toBe('2 weggelaten:');
    const reasons = screen.getAllByTestId('import-error');
    expect(reasons.map((r) => r.dataset.code)).toEqual(['bad-signature', 'unsigned']);
    expect(reasons[0]?.textContent).toContain('de handtekening klopt niet met de sleutel van GGZ De Peel');
    expect(screen.queryByTestId('import-accept-key')).toBeNull();
    fireEvent.click(screen.getByTestId('import-accept-unsigned'));
    expect(accepted).toEqual([['partner.json', { acceptUnsigned: true }]]);
  });

  it('offers consent for a file refused whole because a partner without a key signed none of it', () => {
    const legacy: ImportSummary = {
      fileName: 'ggz-oud.json',
      ok: false,
      added: 0,
      updated: 0,
      unchanged: 0,
      errors: [0, 1].map((index) => ({
        code: 'unsigned' as const,
        message: 'unsigned',
        path: `records[${index}]`,
        recordIndex: index,
        recordId: `019a0000-0000-7000-8000-00000000000${index}`,
        detail: 'GGZ De Peel',
      })),
    };
    const accepted: Array<[string, object]> = [];
    render(<ImportSummaryList summaries={[legacy]} localRegion="helmond-de-peel" onAccept={(name, consent) => accepted.push([name, consent])} />);
    expect(screen.getByTestId('import-summary-item').dataset.ok).toBe('false');
    expect(screen.getAllByTestId('import-error')[0]?.textContent).toBe(
      'Een versie is weggelaten: ze is niet ondertekend (van vóór de handtekeningen, of van iemand die zich voordoet als GGZ De Peel). (plaats: records[0] · record 019a0000-0000-7000-8000-000000000000)',
    );
    expect(screen.getByTestId('import-accept-unsigned').textContent).toBe('Toch importeren: onondertekende versies van vóór de handtekeningen toelaten');
    fireEvent.click(screen.getByTestId('import-accept-unsigned'));
    expect(accepted).toEqual([['ggz-oud.json', { acceptUnsigned: true }]]);
  });
});
