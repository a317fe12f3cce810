import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

/** The subgraphs of the platform, in the order they are composed. */
export const SUBGRAPHS = ['network', 'awards', 'stories', 'advocacy'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export interface Composed {
  supergraphSdl: string;
  /** The schema clients see (no federation internals): what codegen and reviewers read. */
  apiSchemaSdl: string;
}

/** Placeholder URLs: the gateway replaces them with the configured ones at run time. */
export const defaultSubgraphUrl = (name: SubgraphName) => `http://${name}.invalid/graphql`;

/**
 * Composes the printed subgraph SDLs; throws with every composition error listed. A pure function of
 * the SDLs: the gateway serves the committed `supergraph.graphql`, and `npm run schema` (in
 * @best/stack, which knows the subgraph packages) writes it from the subgraphs' printed schemas.
 */
export function composeSupergraph(sdls: Record<SubgraphName, string>): Composed {
  const result = composeServices(
    SUBGRAPHS.map((name) => ({ name, url: defaultSubgraphUrl(name), typeDefs: parse(sdls[name]) })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
  };
}
