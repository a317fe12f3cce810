import { In } from 'typeorm';
import type { NetworkContext } from '../context';
import { Country } from './country.entity';

export class CountryService {
  constructor(private readonly ctx: NetworkContext) {}

  all(): Promise<Country[]> {
    return this.ctx.dataSource.getRepository(Country).find({ order: { name: 'ASC' } });
  }

  byCode(code: string): Promise<Country | null> {
    return this.ctx.loaders.countryByCode.load(code.toUpperCase());
  }

  static loadMany(ctx: Pick<NetworkContext, 'dataSource'>, codes: readonly string[]): Promise<Country[]> {
    return ctx.dataSource.getRepository(Country).findBy({ code: In([...codes]) });
  }
}
