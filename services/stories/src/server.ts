import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createSubgraphServer, type SubgraphServer } from '@best/kit';
import { createStoriesLoaders } from './loaders';
import { configureMedia, type MediaStorage } from './media/configured-storage';
import { mediaRoutes } from './media/media.routes';
import type { MediaLimits } from './media/media-types';
import { buildStoriesSchema } from './schema';

export interface StoriesServerDeps {
  dataSource: DataSource;
  logger: Logger;
  /** The secret the gateway signs callers' identities with. */
  identitySecret: string;
  /** Media storage (default: the one the environment names) and largest file per kind. */
  media?: { storage?: MediaStorage; limits?: Partial<MediaLimits> };
}

export async function createServer(deps: StoriesServerDeps): Promise<SubgraphServer> {
  const { schema } = await buildStoriesSchema();
  configureMedia({ storage: deps.media?.storage, logger: deps.logger });
  const media = { dataSource: deps.dataSource, logger: deps.logger, limits: deps.media?.limits };
  return createSubgraphServer({
    name: 'stories',
    schema,
    createLoaders: createStoriesLoaders,
    ...deps,
    routes: (router) => mediaRoutes(router, media),
  });
}
