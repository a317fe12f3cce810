import { SUBGRAPHS } from '@best/gateway';
import { printSubgraphSdls, readCommittedSubgraphSdls, SUBGRAPH_PACKAGES, type SubgraphSdls } from '../src';
import { expectCommittedMatches } from './committed-schema';

describe("the subgraphs' committed schemas", () => {
  let fresh: SubgraphSdls;
  let committed: SubgraphSdls;

  beforeAll(async () => {
    fresh = await printSubgraphSdls();
    committed = readCommittedSubgraphSdls();
  });

  it.each(SUBGRAPHS)('the committed schema.graphql of the %s subgraph matches a fresh print of its code', (name) => {
    expectCommittedMatches(
      SUBGRAPH_PACKAGES[name].schemaFile(),
      committed[name],
      fresh[name],
      'a fresh print of its code',
    );
  });
});
