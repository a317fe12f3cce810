/** The SELECTs among statements a test subgraph sent (`subgraph.statements`, emptied by the test). */
export const selectsAmong = (statements: readonly string[]): string[] =>
  statements.filter((sql) => /^\s*SELECT/i.test(sql));
