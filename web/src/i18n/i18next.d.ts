import 'i18next';
import type en from './en.json';

// English is the reference catalogue: `t('a.key')` does not compile unless en.json has it, and a
// test checks that every other catalogue has the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
