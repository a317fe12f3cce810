import type { NetworkContext } from '../context';
import type { Country } from './country.entity';

export const resolveCountryReference = (reference: Pick<Country, 'code'>, ctx: NetworkContext) =>
  ctx.loaders.countryByCode.load(reference.code);
