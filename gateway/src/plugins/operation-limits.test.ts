import { ApolloServer } from '@apollo/server';
import { Kind, buildSchema, parse, type FieldNode, type DocumentNode } from 'graphql';
import {
  DEFAULT_OPERATION_LIMITS,
  checkOperation,
  measureOperation,
  useOperationLimits,
  type OperationLimitsOptions,
} from './operation-limits';

const typeDefs = `
  type Query { items(first: Int, last: Int, after: String): ItemConnection! item(id: ID!): Item }
  type ItemConnection { totalCount: Int! nodes: [Item!]! }
  type Item { id: ID! name: String! parent: Item children(first: Int): ItemConnection! }
`;
const schema = buildSchema(typeDefs);

/** Every limit out of the way, so that a test exercises one option at a time. */
const UNBOUNDED: OperationLimitsOptions = {
  maxDepth: 1_000,
  maxAliases: 1_000,
  maxDirectives: 1_000,
  maxCost: 1e12,
  maxFragments: 1_000,
  maxListSize: 100,
  defaultListSize: 20,
};

async function run(limits: Partial<OperationLimitsOptions>, query: string, variables: Record<string, unknown> = {}) {
  const item = { id: '1', name: 'x', parent: null, children: { totalCount: 0, nodes: [] } };
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { items: () => ({ totalCount: 1, nodes: [item] }), item: () => item } },
    plugins: [useOperationLimits({ ...UNBOUNDED, ...limits })],
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status ?? 200, ...response.body.singleResult };
  } finally {
    await server.stop();
  }
}

const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

describe('measuring an operation', () => {
  it('counts depth per selection level, with fragment spreads adding levels as graphql-armor does', () => {
    expect(measureOperation(schema, parse('{ item(id: 1) { parent { id } } }')).depth).toBe(3);
    const document = parse('{ item(id: 1) { ...F } } fragment F on Item { parent { id } }');
    expect(measureOperation(schema, document).depth).toBe(5);
  });

  it('counts aliases of __typename as aliases', () => {
    expect(measureOperation(schema, parse('{ a: __typename b: __typename }')).aliases).toBe(2);
  });

  it('counts fragment definitions, used or not', () => {
    const document = parse('{ ...A } fragment A on Query { __typename } fragment B on Query { __typename }');
    expect(measureOperation(schema, document).fragments).toBe(2);
  });

  it('prices a page size given as a variable like the same literal', () => {
    const literal = measureOperation(schema, parse('{ items(first: 50) { nodes { id } } }'));
    const variable = measureOperation(schema, parse('query ($n: Int) { items(first: $n) { nodes { id } } }'), {
      n: 50,
    });
    expect(variable.cost).toBe(literal.cost);
  });

  it('prices a list without first or last at the default page size', () => {
    const absent = measureOperation(schema, parse('{ items { nodes { id } } }'), {}, UNBOUNDED);
    const twenty = measureOperation(schema, parse('{ items(first: 20) { nodes { id } } }'), {}, UNBOUNDED);
    expect(absent.cost).toBe(twenty.cost);
  });

  it('prices a page size above the cap at the cap, since the subgraphs refuse more', () => {
    const huge = measureOperation(schema, parse('{ items(first: 1000000) { nodes { id } } }'), {}, UNBOUNDED);
    const cap = measureOperation(schema, parse('{ items(first: 100) { nodes { id } } }'), {}, UNBOUNDED);
    expect(huge.cost).toBe(cap.cost);
  });

  it('multiplies nested pages', () => {
    const one = measureOperation(schema, parse('{ items(first: 10) { nodes { id } } }'));
    const nested = measureOperation(
      schema,
      parse('{ items(first: 10) { nodes { children(first: 10) { nodes { id } } } } }'),
    );
    expect(nested.cost).toBeGreaterThan(one.cost * 10);
  });
});

describe('useOperationLimits', () => {
  it('lets an operation within every default limit through', async () => {
    const result = await run(DEFAULT_OPERATION_LIMITS, '{ items(first: 20) { totalCount nodes { id name } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ items: { totalCount: 1, nodes: [{ id: '1', name: 'x' }] } });
  });

  describe('maxDepth', () => {
    const threeDeep = '{ item(id: 1) { parent { id } } }';
    it('allows an operation exactly as deep as the limit', async () => {
      expect((await run({ maxDepth: 3 }, threeDeep)).errors).toBeUndefined();
    });
    it('refuses one level deeper with OPERATION_TOO_COMPLEX and HTTP 400', async () => {
      const result = await run({ maxDepth: 2 }, threeDeep);
      expect(result.status).toBe(400);
      expect(codeOf(result)).toBe('OPERATION_TOO_COMPLEX');
      expect(result.errors?.[0].message).toMatch(/3 levels deep; the gateway accepts at most 2/);
      expect(result.data).toBeUndefined();
    });
  });

  describe('maxAliases', () => {
    it('allows as many aliases as the limit', async () => {
      expect((await run({ maxAliases: 2 }, '{ a: __typename b: __typename }')).errors).toBeUndefined();
    });
    it('refuses one alias more, __typename included', async () => {
      const result = await run({ maxAliases: 2 }, '{ a: __typename b: __typename c: __typename }');
      expect(codeOf(result)).toBe('OPERATION_TOO_COMPLEX');
      expect(result.errors?.[0].message).toMatch(/3 aliases/);
    });
  });

  describe('maxDirectives', () => {
    it('allows as many directives as the limit', async () => {
      expect(
        (await run({ maxDirectives: 2 }, '{ __typename @include(if: true) __typename @skip(if: false) }')).errors,
      ).toBeUndefined();
    });
    it('refuses one directive more', async () => {
      const query = '{ __typename @include(if: true) __typename @skip(if: false) __typename @include(if: true) }';
      const result = await run({ maxDirectives: 2 }, query);
      expect(codeOf(result)).toBe('OPERATION_TOO_COMPLEX');
      expect(result.errors?.[0].message).toMatch(/3 directives/);
    });
  });

  describe('maxFragments', () => {
    const twoFragments = '{ ...A ...B } fragment A on Query { __typename } fragment B on Query { __typename }';
    it('allows as many fragments as the limit', async () => {
      expect((await run({ maxFragments: 2 }, twoFragments)).errors).toBeUndefined();
    });
    it('refuses one fragment more', async () => {
      const result = await run({ maxFragments: 1 }, twoFragments);
      expect(codeOf(result)).toBe('OPERATION_TOO_COMPLEX');
      expect(result.errors?.[0].message).toMatch(/2 fragments/);
    });
  });

  describe('maxCost', () => {
    const query = 'query ($n: Int) { items(first: $n) { nodes { id name } } }';
    const costOf = (n: number) => measureOperation(schema, parse(query), { n }, UNBOUNDED).cost;

    it('allows an operation that costs exactly the limit', async () => {
      expect((await run({ maxCost: costOf(10) }, query, { n: 10 })).errors).toBeUndefined();
    });
    it('refuses the same operation asking for more items', async () => {
      const result = await run({ maxCost: costOf(10) }, query, { n: 11 });
      expect(result.status).toBe(400);
      expect(codeOf(result)).toBe('OPERATION_TOO_COMPLEX');
      expect(result.errors?.[0].message).toMatch(/would cost \d+; the gateway accepts at most/);
    });
    it('counts the variables of every request, also when the document is cached', async () => {
      const limits = { maxCost: costOf(10) };
      expect((await run(limits, query, { n: 5 })).errors).toBeUndefined();
      expect(codeOf(await run(limits, query, { n: 50 }))).toBe('OPERATION_TOO_COMPLEX');
    });
  });

  describe('maxListSize and defaultListSize', () => {
    const query = '{ items { nodes { id } } }';
    const cost = (limits: Partial<OperationLimitsOptions>, q = query) =>
      measureOperation(schema, parse(q), {}, { ...UNBOUNDED, ...limits }).cost;

    it('prices a missing page size at defaultListSize', () => {
      expect(cost({ defaultListSize: 5 })).toBe(cost({}, '{ items(first: 5) { nodes { id } } }'));
    });
    it('prices a larger page size at maxListSize', () => {
      expect(cost({ maxListSize: 7 }, '{ items(first: 500) { nodes { id } } }')).toBe(
        cost({}, '{ items(first: 7) { nodes { id } } }'),
      );
    });
  });
});

describe('checkOperation', () => {
  it('refuses a fragment chain longer than maxFragments without walking it (graphql-armor would overflow)', () => {
    const n = 3_000;
    const chain = Array.from(
      { length: n },
      (_, i) => `fragment F${i} on Query { ${i === n - 1 ? '__typename' : `...F${i + 1}`} }`,
    );
    const error = checkOperation(
      schema,
      parse(`{ ...F0 } ${chain.join(' ')}`, { maxTokens: 100_000 }),
      {},
      DEFAULT_OPERATION_LIMITS,
    );
    expect(error?.extensions.code).toBe('OPERATION_TOO_COMPLEX');
    expect(error?.message).toMatch(/3000 fragments/);
  });

  it('refuses nesting too deep to measure instead of throwing', () => {
    // Built without the parser, which would overflow first.
    let field: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } };
    for (let i = 0; i < 50_000; i++) {
      field = {
        kind: Kind.FIELD,
        name: { kind: Kind.NAME, value: 'parent' },
        selectionSet: { kind: Kind.SELECTION_SET, selections: [field] },
      };
    }
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          kind: Kind.OPERATION_DEFINITION,
          operation: 'query' as never,
          selectionSet: {
            kind: Kind.SELECTION_SET,
            selections: [
              {
                kind: Kind.FIELD,
                name: { kind: Kind.NAME, value: 'item' },
                arguments: [
                  {
                    kind: Kind.ARGUMENT,
                    name: { kind: Kind.NAME, value: 'id' },
                    value: { kind: Kind.INT, value: '1' },
                  },
                ],
                selectionSet: { kind: Kind.SELECTION_SET, selections: [field] },
              },
            ],
          },
        },
      ],
    };
    const error = checkOperation(schema, document, {}, DEFAULT_OPERATION_LIMITS);
    expect(error?.extensions.code).toBe('OPERATION_TOO_COMPLEX');
  });

  it('lets an ordinary operation through', () => {
    expect(
      checkOperation(schema, parse('{ items(first: 5) { nodes { id } } }'), {}, DEFAULT_OPERATION_LIMITS),
    ).toBeNull();
  });
});

describe('useOperationLimits options', () => {
  it('keeps the default of a limit given as undefined instead of switching it off', async () => {
    const deep = '{ item(id: 1) { ' + 'parent { '.repeat(15) + 'id' + ' }'.repeat(15) + ' } }';
    const result = await run({ ...UNBOUNDED, maxDepth: undefined } as Partial<OperationLimitsOptions>, deep);
    expect(codeOf(result)).toBe('OPERATION_TOO_COMPLEX');
  });
});
