import en from './en.json';

type Enums = typeof en.enums;

/** The values of a schema enum, in the order of its English labels (the compiler checks each has one). */
export function enumValues<E extends keyof Enums>(name: E): (keyof Enums[E] & string)[] {
  return Object.keys(en.enums[name]) as (keyof Enums[E] & string)[];
}
