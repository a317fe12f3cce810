import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';

/** The initiative's place, dates, participant figures, languages and links, as the boxes hold them. */
export const MORE_FIELDS = [
  'latitude',
  'longitude',
  'startDate',
  'endDate',
  'participantsLocals',
  'participantsMigrants',
  'volunteers',
  'languages',
  'links',
] as const;
export type MoreFieldName = (typeof MORE_FIELDS)[number];
export type MoreFieldValues = Record<MoreFieldName, string>;

const NUMBERS: ReadonlySet<MoreFieldName> = new Set([
  'latitude',
  'longitude',
  'participantsLocals',
  'participantsMigrants',
  'volunteers',
]);
const DATES: ReadonlySet<MoreFieldName> = new Set(['startDate', 'endDate']);

export interface MoreFieldsSource {
  latitude?: number | null;
  longitude?: number | null;
  startDate?: string | null;
  endDate?: string | null;
  participantsLocals?: number | null;
  participantsMigrants?: number | null;
  volunteers?: number | null;
  languages?: readonly string[] | null;
  links?: readonly string[] | null;
}

/** The boxes' starting text: what was saved, or empty for a new initiative. */
export function moreFieldValuesOf(source: MoreFieldsSource = {}): MoreFieldValues {
  const text = (value: number | string | null | undefined) =>
    value === null || value === undefined ? '' : String(value);
  return {
    latitude: text(source.latitude),
    longitude: text(source.longitude),
    startDate: text(source.startDate),
    endDate: text(source.endDate),
    participantsLocals: text(source.participantsLocals),
    participantsMigrants: text(source.participantsMigrants),
    volunteers: text(source.volunteers),
    languages: (source.languages ?? []).join(', '),
    links: (source.links ?? []).join('\n'),
  };
}

/** A number from a box (a number input gives '' for anything that is not a number): null when empty. */
function numberOf(value: string): number | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * The boxes as input fields. Coordinates and dates send null when empty (cleared); participant figures
 * send 0 when empty; languages are split at commas, links at line ends.
 */
export function moreFieldsInput(values: MoreFieldValues) {
  const list = (value: string, separator: RegExp) =>
    value
      .split(separator)
      .map((item) => item.trim())
      .filter(Boolean);
  return {
    latitude: numberOf(values.latitude),
    longitude: numberOf(values.longitude),
    startDate: values.startDate.trim() || null,
    endDate: values.endDate.trim() || null,
    participantsLocals: numberOf(values.participantsLocals) ?? 0,
    participantsMigrants: numberOf(values.participantsMigrants) ?? 0,
    volunteers: numberOf(values.volunteers) ?? 0,
    languages: list(values.languages, /,/),
    links: list(values.links, /\r?\n/),
  };
}

/** The server's problem for a field, including those about one item of a list (`languages.2`). */
function problemFor(problems: Record<string, string>, name: MoreFieldName): string | undefined {
  if (problems[name]) return problems[name];
  const key = Object.keys(problems).find((field) => field.startsWith(`${name}.`) || field.startsWith(`${name}[`));
  return key ? problems[key] : undefined;
}

interface InitiativeMoreFieldsProps {
  values: MoreFieldValues;
  onChange: (name: MoreFieldName, value: string) => void;
  problems: Record<string, string>;
}

/** Boxes for the fields the create and edit forms share beyond the texts. */
export function InitiativeMoreFields({ values, onChange, problems }: InitiativeMoreFieldsProps) {
  const { t } = useTranslation();
  const hints: Partial<Record<MoreFieldName, string>> = {
    latitude: t('edit.hints.coordinates'),
    longitude: t('edit.hints.coordinates'),
    languages: t('edit.hints.languages'),
    links: t('edit.hints.links'),
  };
  return (
    <>
      {MORE_FIELDS.map((name) => (
        <TextField
          key={name}
          label={t(`edit.fields.${name}`)}
          value={values[name]}
          onChange={(value) => onChange(name, value)}
          problem={problemFor(problems, name)}
          multiline={name === 'links'}
          type={NUMBERS.has(name) ? 'number' : DATES.has(name) ? 'date' : 'text'}
          hint={hints[name]}
        />
      ))}
    </>
  );
}
