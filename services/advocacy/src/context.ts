import type { RequestContext } from '@best/kit';
import type { AdvocacyLoaders } from './loaders';

export type AdvocacyContext = RequestContext<AdvocacyLoaders>;
