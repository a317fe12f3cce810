import { composeSupergraph } from '@best/gateway';
import { gatewaySchemaFiles, readCommittedComposition, readCommittedSubgraphSdls } from '../src';
import { expectCommittedMatches } from './committed-schema';

const COMPOSED = 'a fresh composition of the committed subgraph schemas';

describe('supergraph composition', () => {
  it('the committed supergraph and API schema match a fresh composition of the subgraphs', () => {
    const fresh = composeSupergraph(readCommittedSubgraphSdls());
    const committed = readCommittedComposition();
    const files = gatewaySchemaFiles();
    expectCommittedMatches(files.supergraph, committed.supergraphSdl, fresh.supergraphSdl, COMPOSED);
    expectCommittedMatches(files.api, committed.apiSchemaSdl, fresh.apiSchemaSdl, COMPOSED);
  });

  it('every subgraph that extends Initiative contributes its field to the API schema', () => {
    const { apiSchemaSdl } = composeSupergraph(readCommittedSubgraphSdls());
    const initiative = apiSchemaSdl.slice(apiSchemaSdl.indexOf('type Initiative '));
    const body = initiative.slice(0, initiative.indexOf('\n}'));
    for (const field of ['title:', 'nominations', 'stories', 'workshopOutcomes']) expect(body).toContain(field);
  });

  it('a subgraph that redefines a field of another with a different type fails composition with a clear message', () => {
    const sdls = readCommittedSubgraphSdls();
    sdls.advocacy = sdls.advocacy.replace('type Country @key(fields: "code", resolvable: false) {', '$& name: Int');
    expect(() => composeSupergraph(sdls)).toThrow(/Supergraph composition failed:[\s\S]*Country\.name/);
  });
});
