import { registerDecorator, type ValidationOptions } from 'class-validator';

// PostgreSQL refuses NUL in text and other control characters only hide content from reviewers;
// tab and newlines are ordinary in long texts.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function isSafeText(value: unknown, max: number, min = 0): boolean {
  return typeof value === 'string' && value.length <= max && value.trim().length >= min && !CONTROL.test(value);
}

/** A string of at most `max` characters (at least `min` that are not blank) with no control characters. */
export function SafeText(max: number, options: ValidationOptions & { min?: number } = {}) {
  const { min = 0, ...validationOptions } = options;
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'safeText',
      target: target.constructor,
      propertyName,
      options: {
        message: `must be ${min > 0 ? `between ${min} and` : 'at most'} ${max} characters, without control characters`,
        ...validationOptions,
      },
      validator: {
        validate: (value: unknown) => value === undefined || value === null || isSafeText(value, max, min),
      },
    });
}
