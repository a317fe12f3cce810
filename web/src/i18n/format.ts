import { useTranslation } from 'react-i18next';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Dates and numbers in the reader's language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return {
    /** An ISO date-time, or a plain YYYY-MM-DD date (shown as that day wherever the reader is). */
    date: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: DATE_ONLY.test(iso) ? 'UTC' : undefined }).format(
        new Date(iso),
      ),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    /** A country's name in the reader's language; the server's (English) name when the browser has none. */
    country: ({ code, name }: { code: string; name: string }) => {
      try {
        return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code) ?? name;
      } catch {
        return name;
      }
    },
    /** A language's name in the reader's language, from its ISO 639-1 code (the code when the browser has none). */
    language: (code: string) => {
      try {
        return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
