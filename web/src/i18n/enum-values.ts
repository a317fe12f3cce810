import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './en.json';

type Enums = typeof en.enums;

/** The values of a schema enum, in the order of its English labels (the compiler checks each has one). */
export function enumValues<E extends keyof Enums>(name: E): (keyof Enums[E] & string)[] {
  return Object.keys(en.enums[name]) as (keyof Enums[E] & string)[];
}

/**
 * `options(name)`: a schema enum's values with their labels (`enums.<Name>.<VALUE>`) in the reader's
 * language, for a select or a set of boxes. Every value has a label: the values come from en.json.
 */
export function useEnumOptions() {
  const { t } = useTranslation();
  return <E extends keyof Enums>(name: E) =>
    enumValues(name).map((value) => ({ value, label: t(`enums.${name}.${value}` as ParseKeys) }));
}
