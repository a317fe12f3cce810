import de from '../src/i18n/de.json';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import italian from '../src/i18n/it.json';

type Catalogue = { [key: string]: string | Catalogue };

/** Every leaf as `a.b.c` → text. */
function leaves(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

// Plural forms differ by language (i18next suffixes _one, _other, _many…): compare their base keys.
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

// English is the reference: the compiler checks that every key the code uses exists there.
const reference = leaves(en);

describe.each(Object.entries({ fr, it: italian, de }))('the %s catalogue', (_, catalogue) => {
  const translated = leaves(catalogue);

  it('has every English key and no other', () => {
    expect([...new Set([...translated.keys()].map(base))].sort()).toEqual(
      [...new Set([...reference.keys()].map(base))].sort(),
    );
  });

  it('keeps the placeholders of each English text', () => {
    for (const [key, text] of translated) {
      const english = reference.get(key) ?? reference.get(`${base(key)}_other`);
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english ?? '') });
    }
  });

  it('has no empty text', () => {
    for (const [key, text] of translated)
      expect({ key, text: text.trim() }).toEqual({ key, text: expect.stringMatching(/\S/) });
  });
});
