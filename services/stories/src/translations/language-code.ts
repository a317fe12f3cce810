import { isLanguageCode } from '@best/kit';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A two-letter ISO 639-1 language code in lower case, such as "fr". */
export const LanguageCode = (options?: ValidationOptions) => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'languageCode',
    target: target.constructor,
    propertyName,
    options: { message: 'must be a two-letter ISO 639-1 language code such as en or fr', ...options },
    validator: {
      validate: (value: unknown) =>
        value === undefined || value === null || (typeof value === 'string' && isLanguageCode(value)),
    },
  });
