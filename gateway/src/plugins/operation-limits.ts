import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  isIntrospectionType,
  visit,
  visitWithTypeInfo,
  validate,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, ErrorCode, MAX_PAGE_SIZE } from '@best/kit';

export interface OperationLimitsOptions {
  /** Deepest nesting of selections; fragment spreads add levels too (graphql-armor max-depth). */
  maxDepth: number;
  /** Most aliases in one operation; aliases of `__typename` count too. */
  maxAliases: number;
  /** Most directives (`@include`, `@skip`, ...) in one operation. */
  maxDirectives: number;
  /** Highest graphql-armor cost of one operation, with list sizes taken from `first`/`last`. */
  maxCost: number;
  /** Most fragment definitions in one document. */
  maxFragments: number;
  /** Largest page a list argument may ask for (the subgraphs refuse more); a larger value costs this much. */
  maxListSize: number;
  /** Page size of a list field called without `first`/`last` (what the subgraphs then return). */
  defaultListSize: number;
}

/**
 * Chosen for our schema (measured with Apollo Client's added `__typename`s): the web client's
 * operations reach depth 7 (fragment spreads add levels), 0 aliases, 0 directives and
 * 6 fragments; its list page costs 3,847 with 20 cards and 19,149 with the largest page (100),
 * the initiative page 343. Each limit leaves room for new screens; two nested pages of lists
 * (100 x 100) cost far more than `maxCost` and are refused.
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimitsOptions = {
  maxDepth: 12,
  maxAliases: 10,
  maxDirectives: 20,
  maxCost: 50_000,
  maxFragments: 50,
  maxListSize: MAX_PAGE_SIZE,
  defaultListSize: DEFAULT_PAGE_SIZE,
};

/**
 * Most lexical tokens in one document, for graphql-js `parseOptions.maxTokens` (a parse error,
 * HTTP 400). The web client's largest document has 144. This bound also keeps fragment chains
 * short: graphql-js validation overflows the stack on a few thousand chained fragments (8 tokens
 * each) before any plugin could count them, so it must stay well under `MAX_TOKENS_CEILING`.
 */
export const DEFAULT_MAX_TOKENS = 2_000;
export const MAX_TOKENS_CEILING = 15_000;

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
  fragments: number;
}

const tooComplex = (message: string) =>
  new GraphQLError(message, {
    extensions: { code: ErrorCode.OPERATION_TOO_COMPLEX, http: { status: 400 } },
  });

const LIST_SIZE_ARGUMENTS = new Set(['first', 'last']);

function intArgument(name: string, value: number): ArgumentNode {
  return {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value: { kind: Kind.INT, value: String(value) },
  };
}

/**
 * graphql-armor's cost multiplies a list by its `first`/`last` only when it is a literal, so a page
 * size passed as a variable, or left out, would cost as much as one item. Before measuring, each
 * list argument becomes the literal number of items the subgraphs will really return: the
 * variable's value, or the default page size when absent, at most `maxListSize` (larger values are
 * refused by the subgraphs, so they cost no more).
 */
export function withListSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  { maxListSize, defaultListSize }: Pick<OperationLimitsOptions, 'maxListSize' | 'defaultListSize'>,
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const sizeOf = (argument: ArgumentNode): number => {
    const { value } = argument;
    const given =
      value.kind === Kind.INT
        ? Number(value.value)
        : value.kind === Kind.VARIABLE
          ? variables[value.name.value]
          : undefined;
    return typeof given === 'number' && Number.isInteger(given) && given >= 0
      ? Math.min(given, maxListSize)
      : defaultListSize;
  };
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode): FieldNode | undefined {
        const definition = typeInfo.getFieldDef();
        if (!definition?.args.some((arg) => LIST_SIZE_ARGUMENTS.has(arg.name))) return undefined;
        if (isIntrospectionType(getNamedType(definition.type))) return undefined;
        const sized = node.arguments?.filter((arg) => LIST_SIZE_ARGUMENTS.has(arg.name.value)) ?? [];
        const size = sized.length ? Math.max(...sized.map(sizeOf)) : defaultListSize;
        const others = node.arguments?.filter((arg) => !LIST_SIZE_ARGUMENTS.has(arg.name.value)) ?? [];
        return { ...node, arguments: [intArgument('first', size), ...others] };
      },
    }),
  );
}

/** graphql-armor's rules as measuring sticks: each reports the largest value among the document's operations. */
function measuringRule(
  build: (options: {
    onAccept: ((context: ValidationContext | null, details: { n: number }) => void)[];
    propagateOnRejection: boolean;
  }) => ValidationRule,
  record: (n: number) => void,
): ValidationRule {
  return build({ onAccept: [(_context, { n }) => record(n)], propagateOnRejection: false });
}

const countFragments = (document: DocumentNode) =>
  document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).length;

/** Depth, aliases, directives, cost and fragments of a document, as the limits count them. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  listSizes: Pick<OperationLimitsOptions, 'maxListSize' | 'defaultListSize'> = DEFAULT_OPERATION_LIMITS,
): OperationMeasure {
  const measure: OperationMeasure = {
    depth: 0,
    aliases: 0,
    directives: 0,
    cost: 0,
    fragments: countFragments(document),
  };
  const keepMax = (key: Exclude<keyof OperationMeasure, 'fragments'>) => (n: number) => {
    measure[key] = Math.max(measure[key], n);
  };
  const unbounded = Number.MAX_SAFE_INTEGER;
  validate(schema, withListSizes(schema, document, variables, listSizes), [
    measuringRule((o) => maxDepthRule({ ...o, n: unbounded }), keepMax('depth')),
    // __typename is exempt by default: an alias bomb of `a1: __typename` ... still costs work.
    measuringRule((o) => maxAliasesRule({ ...o, n: unbounded, allowList: [] }), keepMax('aliases')),
    measuringRule((o) => maxDirectivesRule({ ...o, n: unbounded }), keepMax('directives')),
    measuringRule((o) => costLimitRule({ ...o, maxCost: unbounded }), keepMax('cost')),
  ]);
  return measure;
}

/** The first limit the measure breaks, as the error the caller gets; null when within every limit. */
export function limitBroken(measure: OperationMeasure, limits: OperationLimitsOptions): GraphQLError | null {
  if (measure.fragments > limits.maxFragments)
    return tooComplex(
      `This document defines ${measure.fragments} fragments; the gateway accepts at most ${limits.maxFragments}.`,
    );
  if (measure.depth > limits.maxDepth)
    return tooComplex(
      `This operation nests selections ${measure.depth} levels deep; the gateway accepts at most ${limits.maxDepth}.`,
    );
  if (measure.aliases > limits.maxAliases)
    return tooComplex(
      `This operation uses ${measure.aliases} aliases; the gateway accepts at most ${limits.maxAliases}.`,
    );
  if (measure.directives > limits.maxDirectives)
    return tooComplex(
      `This operation uses ${measure.directives} directives; the gateway accepts at most ${limits.maxDirectives}.`,
    );
  if (measure.cost > limits.maxCost)
    return tooComplex(
      `This operation would cost ${Math.ceil(measure.cost)}; the gateway accepts at most ${limits.maxCost}. ` +
        'Ask for fewer items or fewer fields.',
    );
  return null;
}

/**
 * The error for a document that breaks a limit, or null. Fragments are counted first: graphql-armor's
 * rules recurse through fragment spreads and overflow the stack on chains of a thousand or two, so
 * they only run on documents within `maxFragments`; a stack overflow while measuring (nesting too
 * deep to walk) is a refusal too, never a 500.
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  limits: OperationLimitsOptions,
): GraphQLError | null {
  const fragments = countFragments(document);
  if (fragments > limits.maxFragments)
    return limitBroken({ depth: 0, aliases: 0, directives: 0, cost: 0, fragments }, limits);
  try {
    return limitBroken(measureOperation(schema, document, variables, limits), limits);
  } catch (error) {
    if (error instanceof RangeError) return tooComplex('This operation is nested too deeply to measure.');
    throw error;
  }
}

/**
 * Refuses operations that are too deep, too wide or too costly with OPERATION_TOO_COMPLEX (HTTP 400)
 * once the operation is resolved, before the gateway plans it. Measured here rather than as
 * validation rules because the cost depends on the variables (page sizes), and Apollo skips
 * validation for a document it has seen before. The fragment count is checked here too: the query
 * planner recurses through fragments and overflows the stack on long chains (a 500); graphql-js
 * validation overflows earlier still (a few thousand chained fragments), which the token limit
 * (`parseOptions.maxTokens`) keeps out of reach.
 */
export function useOperationLimits(options: Partial<OperationLimitsOptions> = {}): ApolloServerPlugin<BaseContext> {
  // An option given as undefined keeps its default rather than switching the limit off.
  const given = Object.entries(options).filter(([, value]) => value !== undefined);
  const limits: OperationLimitsOptions = { ...DEFAULT_OPERATION_LIMITS, ...Object.fromEntries(given) };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const error = checkOperation(schema, document, request.variables ?? {}, limits);
          if (error) throw error;
        },
      };
    },
  };
}
