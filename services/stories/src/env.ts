import { loadEnv, subgraphEnvSchema } from '@best/kit';
import { mediaEnvSchema } from './media/media-env';

export const env = loadEnv(subgraphEnvSchema(4003, 'stories').and(mediaEnvSchema));
