import { useEffect, useState } from 'preact/hooks';
import type { Area } from '../../../shared/catalog/areas.ts';
import { type GemeenteWijken, isWijkCode, wijkenOf } from '../../../shared/catalog/wijken.ts';
import { t } from '../../i18n/t.ts';

/** Not asked for yet, being fetched, fetched, or failed to load (the partner can still type a wijk). */
export type WijkenState = undefined | 'loading' | 'failed' | readonly GemeenteWijken[];

/**
 * The wijken of the region's gemeenten, fetched when the partner asks for them, or at once when the
 * sheet reopens a clip that already names a wijk, so that wijk shows ticked under its name.
 */
export function useRegionWijken(regionAreas: readonly Area[], initialAreas: readonly string[]): [WijkenState, () => void] {
  const [wijken, setWijken] = useState<WijkenState>(undefined);
  const show = () => {
    setWijken('loading');
    wijkenOf(regionAreas.map((area) => area.code))
      .then(setWijken)
      .catch((error: unknown) => {
        console.error(error);
        setWijken('failed');
      });
  };
  useEffect(() => {
    if (regionAreas.length > 0 && initialAreas.some(isWijkCode)) show();
  }, []);
  return [wijken, show];
}

export interface WijkenControlProps {
  readonly wijken: WijkenState;
  readonly hasGemeenten: boolean;
  readonly onShow: () => void;
}

/** The button that brings in the wijken, or why none are listed (with a retry when they failed to load). Test ids: areas-show-wijken, areas-no-wijken. */
export function WijkenControl({ wijken, hasGemeenten, onShow }: WijkenControlProps) {
  if (!hasGemeenten) return null;
  if (wijken === undefined || wijken === 'loading') {
    return (
      <button type="button" class="quiet" onClick={onShow} disabled={wijken === 'loading'} data-testid="areas-show-wijken">
        {t('sheetShowWijken')}
      </button>
    );
  }
  if (wijken === 'failed') {
    return (
      <p class="hint small" role="note" data-testid="areas-no-wijken">
        {t('sheetWijkenFailed')}{' '}
        <button type="button" class="quiet" onClick={onShow} data-testid="areas-show-wijken">
          {t('sheetWijkenRetry')}
        </button>
      </p>
    );
  }
  if (wijken.length === 0) {
    return (
      <p class="hint small" role="note" data-testid="areas-no-wijken">
        {t('sheetNoWijken')}
      </p>
    );
  }
  return null;
}
