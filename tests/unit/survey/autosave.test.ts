import { describe, expect, it } from 'vitest';
import { type AutosaveState, createAutosave } from '../../../extension/features/surveys/autosave.ts';

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('autosave', () => {
  it('saves one at a time and only the latest of the requests that waited', async () => {
    const saves: number[] = [];
    const pending: Array<ReturnType<typeof deferred>> = [];
    const states: AutosaveState['kind'][] = [];
    const autosave = createAutosave<number>(
      (value) => {
        saves.push(value);
        const next = deferred();
        pending.push(next);
        return next.promise;
      },
      (state) => states.push(state.kind),
      () => 1,
    );
    autosave.request(1);
    autosave.request(2);
    autosave.request(3);
    expect(saves).toEqual([1]);
    pending[0]?.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(saves).toEqual([1, 3]);
    pending[1]?.resolve();
    await autosave.flush();
    expect(saves).toEqual([1, 3]);
    expect(states).toEqual(['saving', 'saving', 'saved']);
  });

  it('reports a failed save and goes on with the next request', async () => {
    const states: AutosaveState[] = [];
    let fail = true;
    const autosave = createAutosave<number>(
      async () => {
        if (fail) throw new Error('quota');
      },
      (state) => states.push(state),
      () => 7,
    );
    autosave.request(1);
    await autosave.flush();
    expect(states.at(-1)).toMatchObject({ kind: 'failed' });
    fail = false;
    autosave.request(2);
    await autosave.flush();
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 7 });
  });
});
