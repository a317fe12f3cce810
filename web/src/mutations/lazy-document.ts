/**
 * A document made on its first use instead of when its module loads. A mutation that spreads its
 * form's fragment imports that component, which imports the mutation's hook: when the module loads,
 * the component (and its fragment) may not be there yet; by the first render it is.
 */
export function lazyDocument<TDocument>(make: () => TDocument): () => TDocument {
  let document: TDocument | undefined;
  return () => (document ??= make());
}
