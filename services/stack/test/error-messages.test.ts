import { ErrorCode } from '@best/kit';
import de from '@best/web/i18n/de.json';
import en from '@best/web/i18n/en.json';
import fr from '@best/web/i18n/fr.json';
import italian from '@best/web/i18n/it.json';

// The kit's closed list of error codes is what the servers send; the web explains each one from its
// catalogues. A code added to the kit without a message would reach people as a bare server error.

describe("the web's messages for the kit's error codes", () => {
  it.each(Object.entries({ en, fr, it: italian, de }))(
    'every error code of the kit has a message in the %s catalogue',
    (language, catalogue) => {
      const messages: Record<string, unknown> = catalogue.errors;
      const missing = Object.values(ErrorCode).filter((code) => !/\S/.test(String(messages[code] ?? '')));
      if (missing.length > 0) {
        throw new Error(
          `The kit's ErrorCode list has codes with no message in web/src/i18n/${language}.json: ${missing.join(', ')}.\n` +
            'Add `errors.<CODE>` to every catalogue (the web maps each code the servers send to one).',
        );
      }
    },
  );
});
