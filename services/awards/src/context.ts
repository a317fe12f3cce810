import type { RequestContext } from '@best/kit';
import type { AwardsLoaders } from './loaders';

export type AwardsContext = RequestContext<AwardsLoaders>;
