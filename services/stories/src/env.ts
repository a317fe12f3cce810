import { loadEnv, subgraphEnvSchema } from '@best/kit';

export const env = loadEnv(subgraphEnvSchema(4003, 'stories'));
