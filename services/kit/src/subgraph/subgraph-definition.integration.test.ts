import 'reflect-metadata';
import { Column, Entity, PrimaryGeneratedColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { RequestContext } from '../context/request-context';
import { ErrorCode } from '../errors/error-codes';
import { buildFederatedSchema } from '../schema/build-federated-schema';
import { runSubgraph, subgraphEnv } from '../server/boot';
import { postGraphQL } from '../testing/graphql-request';
import { startSubgraph, type TestSubgraph } from '../testing/start-subgraph';
import { viewers } from '../testing/viewers';
import { defineSubgraph } from './subgraph-definition';

// A subgraph of one entity, described the way every real one is, to prove what the kit does with a
// description: migrate, seed with a SYSTEM context, serve signed requests with per-request loaders.

@Entity('note')
@ObjectType()
@Directive('@key(fields: "id")')
class Note {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('text')
  @Field(() => String)
  text: string;
}

class CreateNotes1000000000000 implements MigrationInterface {
  name = 'CreateNotes1000000000000';
  async up(runner: QueryRunner) {
    await runner.query('CREATE TABLE note (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), text text NOT NULL)');
  }
  async down(runner: QueryRunner) {
    await runner.query('DROP TABLE note');
  }
}

type NotesContext = RequestContext<{ askedBy: string }>;

@Resolver(() => Note)
class NoteResolver {
  @Query(() => [Note])
  notes(@Ctx() ctx: NotesContext) {
    return ctx.dataSource.getRepository(Note).find();
  }

  @Query(() => String, { description: 'Who the loaders were made for.' })
  askedBy(@Ctx() ctx: NotesContext) {
    return ctx.loaders.askedBy;
  }
}

const seededBy: string[] = [];
const notesSubgraph = defineSubgraph({
  name: 'notes',
  defaultPort: 4999,
  entities: [Note],
  migrations: [CreateNotes1000000000000],
  buildSchema: () => buildFederatedSchema({ resolvers: [NoteResolver] }),
  createLoaders: (_dataSource, viewer) => ({ askedBy: viewer.kind }),
  env: z.object({ NOTES_LIMIT: z.coerce.number().int().positive().default(10) }),
  seedDemo: async (dataSource, context) => {
    seededBy.push(context.viewer.kind);
    await dataSource.getRepository(Note).insert({ text: 'from the demo seed' });
  },
});

describe('a subgraph started from its description', () => {
  let notes: TestSubgraph;
  beforeAll(async () => {
    notes = await startSubgraph(notesSubgraph, { demo: true });
  });
  afterAll(() => notes?.stop());

  it('runs the migrations on a fresh database and loads the demo seed as the platform itself', async () => {
    expect(await notes.ok('{ notes { text } }')).toEqual({ notes: [{ text: 'from the demo seed' }] });
    expect(seededBy).toEqual(['SYSTEM']);
  });

  it('builds each request’s loaders for the caller the gateway signed', async () => {
    expect(await notes.ok('{ askedBy }', {}, viewers.admin())).toEqual({ askedBy: 'USER' });
    expect(await notes.ok('{ askedBy }')).toEqual({ askedBy: 'ANONYMOUS' });
  });

  it('refuses a request the gateway did not sign', async () => {
    const { status, body } = await postGraphQL(notes.url, '{ askedBy }');
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('counts the SQL of one piece of work: its SELECTs, or every statement', async () => {
    const selects = await notes.selectsDuring(() => notes.ok('{ notes { id } }'));
    expect(selects).toHaveLength(1);
    expect(selects[0]).toMatch(/FROM "note"/);
    const all = await notes.statementsDuring(() => notes.dataSource.getRepository(Note).insert({ text: 'another' }));
    expect(all.some((sql) => /^INSERT INTO "note"/.test(sql))).toBe(true);
    expect(await notes.selectsDuring(async () => undefined)).toEqual([]);
  });

  it('answers health and readiness beside /graphql', async () => {
    expect(await (await fetch(`${notes.base}/health`)).json()).toEqual({ status: 'ok', service: 'notes' });
    expect(await (await fetch(`${notes.base}/ready`)).json()).toEqual({ status: 'ready', service: 'notes' });
  });
});

describe('a subgraph started without demo data', () => {
  it('has an empty database of its own', async () => {
    const empty = await startSubgraph(notesSubgraph);
    try {
      expect(await empty.ok('{ notes { id } }')).toEqual({ notes: [] });
    } finally {
      await empty.stop();
    }
  });
});

describe('a subgraph’s environment', () => {
  const exitWith = (message: string): never => {
    throw new Error(message);
  };

  it('has the kit’s variables with the subgraph’s own port and database, and the subgraph’s own', () => {
    const env = subgraphEnv(notesSubgraph, {}, exitWith);
    expect(env).toMatchObject({ PORT: 4999, NOTES_LIMIT: 10, SEED_DEMO: false });
    expect(env.DATABASE_URL).toMatch(/\/notes$/);
  });

  it('reports every problem, the kit’s and the subgraph’s, at once', () => {
    expect(() => subgraphEnv(notesSubgraph, { PORT: 'eighty', NOTES_LIMIT: '-1' }, exitWith)).toThrow(
      /PORT[\s\S]*NOTES_LIMIT|NOTES_LIMIT[\s\S]*PORT/,
    );
  });
});

describe('a subgraph’s entry point', () => {
  it('boots nothing when it is imported rather than run', () => {
    const imported = { id: 'imported' } as NodeModule;
    expect(() => runSubgraph(imported, notesSubgraph)).not.toThrow();
  });
});
