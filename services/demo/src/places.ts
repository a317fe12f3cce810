export interface DemoCity {
  name: string;
  latitude: number;
  longitude: number;
  /** Local languages (ISO 639-1) spoken in the city, first the main one. */
  languages: readonly string[];
}

export interface DemoPlace {
  code: string;
  name: string;
  /** International calling code, for numbers in the fictional `+CC 000 000 0nnn` style. */
  callingCode: string;
  /** National coordinator (one of DEMO_STAFF) who moves this country's organisations. */
  coordinator: string;
  cities: readonly DemoCity[];
  /** Largest jitter around a city centre, if smaller than MAX_JITTER (small islands). */
  spread?: number;
  /** Clearly fictional contact people: local first names, surnames meaning "example" or "test". */
  firstNames: readonly string[];
  surnames: readonly string[];
}

const city = (name: string, latitude: number, longitude: number, ...languages: string[]): DemoCity => ({
  name,
  latitude,
  longitude,
  languages,
});

/** The nine countries of the campaign, in the order of the number of initiatives it mapped. */
export const PLACES: readonly DemoPlace[] = [
  {
    code: 'IT',
    name: 'Italy',
    callingCode: '39',
    coordinator: 'Giulia Esempio',
    cities: [
      city('Roma', 41.9028, 12.4964, 'it'),
      city('Milano', 45.4642, 9.19, 'it'),
      city('Napoli', 40.8518, 14.2681, 'it'),
      city('Palermo', 38.1157, 13.3615, 'it'),
      city('Torino', 45.0703, 7.6869, 'it'),
      city('Bologna', 44.4949, 11.3426, 'it'),
      city('Catania', 37.5079, 15.083, 'it'),
      city('Bari', 41.1171, 16.8719, 'it'),
    ],
    firstNames: ['Chiara', 'Luca', 'Francesca', 'Matteo', 'Sara', 'Davide'],
    surnames: ['Esempio', 'Prova', 'Fittizi'],
  },
  {
    code: 'FR',
    name: 'France',
    callingCode: '33',
    coordinator: 'Camille Exemple',
    cities: [
      city('Paris', 48.8566, 2.3522, 'fr'),
      city('Lyon', 45.764, 4.8357, 'fr'),
      city('Marseille', 43.2965, 5.3698, 'fr'),
      city('Lille', 50.6292, 3.0573, 'fr'),
      city('Toulouse', 43.6047, 1.4442, 'fr'),
      city('Strasbourg', 48.5734, 7.7521, 'fr'),
      city('Grenoble', 45.1885, 5.7245, 'fr'),
    ],
    firstNames: ['Claire', 'Julien', 'Sophie', 'Thomas', 'Manon', 'Nicolas'],
    surnames: ['Exemple', 'Fictif', 'Essai'],
  },
  {
    code: 'DE',
    name: 'Germany',
    callingCode: '49',
    coordinator: 'Erika Musterfrau',
    cities: [
      city('Berlin', 52.52, 13.405, 'de'),
      city('München', 48.1351, 11.582, 'de'),
      city('Köln', 50.9375, 6.9603, 'de'),
      city('Hamburg', 53.5511, 9.9937, 'de'),
      city('Leipzig', 51.3397, 12.3731, 'de'),
      city('Frankfurt am Main', 50.1109, 8.6821, 'de'),
      city('Nürnberg', 49.4521, 11.0767, 'de'),
    ],
    firstNames: ['Anna', 'Jonas', 'Lena', 'Felix', 'Miriam', 'Tobias'],
    surnames: ['Muster', 'Beispiel', 'Probe'],
  },
  {
    code: 'BE',
    name: 'Belgium',
    callingCode: '32',
    coordinator: 'Jan Voorbeeld',
    cities: [
      city('Bruxelles', 50.8503, 4.3517, 'fr', 'nl'),
      city('Antwerpen', 51.2194, 4.4025, 'nl'),
      city('Gent', 51.0543, 3.7174, 'nl'),
      city('Leuven', 50.8798, 4.7005, 'nl'),
      city('Liège', 50.6326, 5.5797, 'fr'),
      city('Namur', 50.4674, 4.872, 'fr'),
    ],
    firstNames: ['Lotte', 'Pieter', 'Els', 'Olivier', 'Manon', 'Wout'],
    surnames: ['Voorbeeld', 'Exemple', 'Proef'],
  },
  {
    code: 'ES',
    name: 'Spain',
    callingCode: '34',
    coordinator: 'Lucía Ejemplo',
    cities: [
      city('Madrid', 40.4168, -3.7038, 'es'),
      city('Barcelona', 41.3874, 2.1686, 'es', 'ca'),
      city('Valencia', 39.4699, -0.3763, 'es', 'ca'),
      city('Sevilla', 37.3891, -5.9845, 'es'),
      city('Málaga', 36.7213, -4.4214, 'es'),
      city('Bilbao', 43.263, -2.935, 'es', 'eu'),
    ],
    firstNames: ['Lucía', 'Javier', 'Marta', 'Pablo', 'Elena', 'Sergio'],
    surnames: ['Ejemplo', 'Prueba', 'Ficticio'],
  },
  {
    code: 'PT',
    name: 'Portugal',
    callingCode: '351',
    coordinator: 'Joana Exemplo',
    cities: [
      city('Lisboa', 38.7223, -9.1393, 'pt'),
      city('Porto', 41.1579, -8.6291, 'pt'),
      city('Coimbra', 40.2033, -8.4103, 'pt'),
      city('Braga', 41.5454, -8.4265, 'pt'),
      city('Faro', 37.0194, -7.9322, 'pt'),
    ],
    firstNames: ['Inês', 'Tiago', 'Beatriz', 'Rui', 'Mariana', 'Duarte'],
    surnames: ['Exemplo', 'Teste', 'Fictício'],
  },
  {
    code: 'MT',
    name: 'Malta',
    callingCode: '356',
    coordinator: 'Alex Sample',
    spread: 0.006,
    cities: [
      city('Valletta', 35.8989, 14.5146, 'mt', 'en'),
      city('Birkirkara', 35.8972, 14.4611, 'mt', 'en'),
      city('Sliema', 35.9122, 14.5042, 'mt', 'en'),
      city('Marsa', 35.8792, 14.495, 'mt', 'en'),
    ],
    firstNames: ['Maria', 'Joseph', 'Daniela', 'Karl'],
    surnames: ['Eżempju', 'Prova'],
  },
  {
    code: 'RO',
    name: 'Romania',
    callingCode: '40',
    coordinator: 'Alex Sample',
    cities: [
      city('București', 44.4268, 26.1025, 'ro'),
      city('Cluj-Napoca', 46.7712, 23.6236, 'ro'),
      city('Iași', 47.1585, 27.6014, 'ro'),
      city('Timișoara', 45.7489, 21.2087, 'ro'),
      city('Galați', 45.4353, 28.008, 'ro'),
    ],
    firstNames: ['Ioana', 'Andrei', 'Elena', 'Mihai'],
    surnames: ['Exemplu', 'Probă'],
  },
  {
    code: 'HR',
    name: 'Croatia',
    callingCode: '385',
    coordinator: 'Ivana Primjer',
    cities: [
      city('Zagreb', 45.815, 15.9819, 'hr'),
      city('Split', 43.5081, 16.4402, 'hr'),
      city('Rijeka', 45.3271, 14.4422, 'hr'),
      city('Osijek', 45.555, 18.6955, 'hr'),
    ],
    firstNames: ['Ana', 'Marko', 'Petra', 'Ivan'],
    surnames: ['Primjer', 'Proba'],
  },
];

/** Largest distance, in degrees of latitude or longitude, between an initiative and its city's centre. */
export const MAX_JITTER = 0.02;

export function placeOf(code: string): DemoPlace {
  const place = PLACES.find((p) => p.code === code);
  if (!place) throw new Error(`No demo place for country ${code}`);
  return place;
}

export function cityOf(code: string, name: string): DemoCity {
  const found = placeOf(code).cities.find((c) => c.name === name);
  if (!found) throw new Error(`No demo city ${name} in ${code}`);
  return found;
}
