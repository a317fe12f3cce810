import { groupedLoader, keyedLoader } from './batch';

describe('per-request loaders', () => {
  it('a keyed loader calls its batch once for many keys and matches rows back in key order', async () => {
    const calls: string[][] = [];
    const loader = keyedLoader(
      async (keys: readonly string[]) => {
        calls.push([...keys]);
        return keys
          .filter((k) => k !== 'gone')
          .map((k) => ({ id: k }))
          .reverse();
      },
      (row) => row.id,
    );
    const rows = await Promise.all(['a', 'b', 'gone', 'c'].map((k) => loader.load(k)));
    expect(calls).toHaveLength(1);
    expect(rows).toEqual([{ id: 'a' }, { id: 'b' }, null, { id: 'c' }]);
  });

  it('a grouped loader gives every key its list, empty when nothing belongs to it', async () => {
    const loader = groupedLoader(
      async () => [
        { owner: 'a', n: 1 },
        { owner: 'a', n: 2 },
        { owner: 'c', n: 3 },
      ],
      (row) => row.owner,
    );
    expect(await loader.loadMany(['a', 'b', 'c'])).toEqual([
      [
        { owner: 'a', n: 1 },
        { owner: 'a', n: 2 },
      ],
      [],
      [{ owner: 'c', n: 3 }],
    ]);
  });
});
