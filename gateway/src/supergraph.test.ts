import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, readSubgraphSdl, SUBGRAPHS, type SubgraphName } from './supergraph';

const committed = (file: string) => readFileSync(join(__dirname, '..', file), 'utf8');
const current = () => Object.fromEntries(SUBGRAPHS.map((n) => [n, readSubgraphSdl(n)])) as Record<SubgraphName, string>;

describe('supergraph composition', () => {
  it('the committed supergraph and API schema match a fresh composition of the subgraphs', () => {
    const fresh = composeSupergraph();
    expect(committed('supergraph.graphql')).toBe(fresh.supergraphSdl);
    expect(committed('schema.graphql')).toBe(fresh.apiSchemaSdl);
  });

  it('every subgraph that extends Initiative contributes its field to the API schema', () => {
    const { apiSchemaSdl } = composeSupergraph();
    const initiative = apiSchemaSdl.slice(apiSchemaSdl.indexOf('type Initiative '));
    const body = initiative.slice(0, initiative.indexOf('\n}'));
    for (const field of ['title:', 'nominations', 'stories', 'workshopOutcomes']) expect(body).toContain(field);
  });

  it('a subgraph that redefines a field of another with a different type fails composition with a clear message', () => {
    const sdls = current();
    sdls.advocacy = sdls.advocacy.replace('type Country @key(fields: "code", resolvable: false) {', '$& name: Int');
    expect(() => composeSupergraph(sdls)).toThrow(/Supergraph composition failed:[\s\S]*Country\.name/);
  });
});
