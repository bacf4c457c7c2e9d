// The states gazetteer built from the world-countries package and the press supplement: which forms count as a
// country, which are dropped as ordinary words, and the canonical names values use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type PackageCountry, type PressSupplement, buildGazetteer } from '../../../../server/src/core/extract/gazetteer.js';
import { vocabulary } from '../../../../server/src/core/extract/vocabulary.js';

const noPress: PressSupplement = { states: [], canonical: {}, codes: [], aliases: {}, demonyms: {}, capitals: {}, notFolded: [], nameLikePlaces: [] };

function ruritania(over: Partial<PackageCountry> = {}): PackageCountry {
  return {
    cca2: 'RR',
    unMember: true,
    name: { common: 'Ruritania', official: 'Kingdom of Ruritania', native: { rur: { common: 'Ruritanija', official: 'Kraljevstvo Ruritanija' } } },
    altSpellings: ['RR', 'RUR', 'Ruritanija', 'Kraljevstvo Ruritanija', 'Ruritania, Kingdom of', 'Strelsau Realm', 'Rurítánia Nagy'],
    demonyms: { eng: { m: 'Ruritanian', f: 'Ruritanian' } },
    capital: ['Strelsau'],
    ...over,
  };
}

/** The values of the country hits the shared vocabulary finds in the text. */
function countriesIn(text: string): string[] {
  return vocabulary()
    .scan(text)
    .filter((h) => h.kind === 'country' || h.kind === 'demonym')
    .map((h) => h.value);
}

test('package codes, one-word endonyms, native and inverted names are not forms; English multi-word names are', () => {
  const [s] = buildGazetteer([ruritania()], noPress);
  assert.deepEqual(s.forms, ['Ruritania', 'Kingdom of Ruritania', 'Strelsau Realm']);
  assert.deepEqual(s.demonyms, ['Ruritanian']);
  assert.deepEqual(s.capitals, ['Strelsau']);
});

test('a code is a form only when the press supplement lists it', () => {
  const [s] = buildGazetteer([ruritania()], { ...noPress, codes: ['RUR'] });
  assert.ok(s.forms.includes('RUR'));
  assert.ok(!s.forms.includes('RR'));
});

test('two-letter codes are no country: IN, TO, ME, AS, AM, IT in capitals stay words', () => {
  assert.deepEqual(countriesIn('IN THE END IT IS UP TO ME, AS I AM TOLD. IN, TO, ME, AS, AM, IT, NO, BE, DO, GO, SO, ID.'), []);
});

test('one-word alternatives that are ordinary words or surnames are no country', () => {
  assert.deepEqual(countriesIn('The Island trust hired Dominique Holland and Nippon Foods.'), []);
});

test('a demonym or form two states share names neither', () => {
  const other = ruritania({ cca2: 'RS', name: { common: 'Lower Ruritania', official: 'Republic of Lower Ruritania' }, altSpellings: ['Strelsau Realm'], capital: ['Zenda'] });
  const states = buildGazetteer([ruritania(), other], noPress);
  assert.deepEqual(states.map((s) => s.demonyms), [[], []]);
  assert.ok(states.every((s) => !s.forms.includes('Strelsau Realm')));
});

test('states beyond the UN members come only from the supplement', () => {
  const observer = ruritania({ unMember: false });
  assert.equal(buildGazetteer([observer], noPress).length, 0);
  assert.equal(buildGazetteer([observer], { ...noPress, states: ['RR'] }).length, 1);
});

test('the canonical name is the supplement\'s when given, and the package\'s common name stays a form', () => {
  const [s] = buildGazetteer([ruritania()], { ...noPress, canonical: { RR: 'Old Ruritania' } });
  assert.equal(s.name, 'Old Ruritania');
  assert.ok(s.forms.includes('Ruritania'));
});

test('a form with diacritics is also found without them, and with either apostrophe', () => {
  const [s] = buildGazetteer([ruritania({ name: { common: 'Ruritania', official: "Kingdom of Rurí d'Ánia" }, altSpellings: [] })], noPress);
  assert.ok(s.forms.includes("Kingdom of Ruri d'Ania"));
  assert.ok(s.forms.includes('Kingdom of Ruri d’Ania'));
});

test('common press forms name the state by the name the labels use', () => {
  const want: Record<string, string> = {
    Türkiye: 'Turkey', Turkey: 'Turkey', "Côte d'Ivoire": "Cote d'Ivoire", 'Ivory Coast': "Cote d'Ivoire", 'Cote d’Ivoire': "Cote d'Ivoire",
    Czechia: 'Czechia', 'Czech Republic': 'Czechia', DRC: 'DR Congo', UAE: 'United Arab Emirates', US: 'United States', 'U.S.': 'United States',
    USA: 'United States', UK: 'United Kingdom', Britain: 'United Kingdom', 'South Korea': 'South Korea', 'Republic of Korea': 'South Korea',
    'North Korea': 'North Korea', DPRK: 'North Korea', Iran: 'Iran', Russia: 'Russia', 'Russian Federation': 'Russia', Syria: 'Syria',
    Laos: 'Laos', Vietnam: 'Vietnam', 'Viet Nam': 'Vietnam', Palestine: 'Palestine', Taiwan: 'Taiwan', Kosovo: 'Kosovo', Gambia: 'The Gambia',
  };
  const v = vocabulary();
  for (const [form, name] of Object.entries(want)) assert.equal(v.countryOf.get(form), name, form);
});

test('press adjectives the package lacks are demonyms', () => {
  const want: Record<string, string> = {
    Saudi: 'Saudi Arabia', Emirati: 'United Arab Emirates', 'U.S.': 'United States', British: 'United Kingdom', Kyrgyz: 'Kyrgyzstan',
    Tajik: 'Tajikistan', Uzbek: 'Uzbekistan', Turkmen: 'Turkmenistan', Filipino: 'Philippines', Korean: 'South Korea', Ivorian: "Cote d'Ivoire",
  };
  const v = vocabulary();
  for (const [form, name] of Object.entries(want)) assert.equal(v.demonymOf.get(form), name, form);
});

test('every UN member state is in the vocabulary', () => {
  const names = new Set(vocabulary().countryOf.values());
  assert.ok(names.size >= 193, `${names.size} states`);
  for (const n of ['Tuvalu', 'Eswatini', 'Timor-Leste', 'Burkina Faso', 'Saint Vincent and the Grenadines', 'Vatican City']) assert.ok(names.has(n), n);
});

test('the family-first countries are canonical state names', () => {
  const v = vocabulary();
  const names = new Set(v.countryOf.values());
  for (const c of v.familyFirstCountries) assert.ok(names.has(c), c);
});

test('capitals are places and found as cities', () => {
  const v = vocabulary();
  assert.ok(v.places.has('Nouakchott'));
  assert.deepEqual(v.scan('They flew to Nouakchott.').map((h) => `${h.kind}:${h.value}`), ['city:Nouakchott']);
});

test('a country or demonym inside a longer one is not found on its own', () => {
  assert.deepEqual(countriesIn("The People's Republic of China and the Democratic People's Republic of Korea"), ['China', 'North Korea']);
  assert.deepEqual(countriesIn('a North Korean envoy'), ['North Korea']);
});

test('a phrase with a lowercase word English would not write is not a form; "of", "the", "and" and "d\'" are', () => {
  const [s] = buildGazetteer([ruritania({ altSpellings: ['Jamhuri ya Ruritania', 'Isles of the Rur and Tania', "Coast d'Ruritania"] })], noPress);
  assert.deepEqual(s.forms.slice(2), ['Isles of the Rur and Tania', "Coast d'Ruritania", 'Coast d’Ruritania']);
});

test('a hyphenated alternative is a form only when it holds a word of the English name', () => {
  const [s] = buildGazetteer([ruritania({ altSpellings: ['Ruritania-Strelsau', 'Rurit-Anija'] })], noPress);
  assert.deepEqual(s.forms.slice(2), ['Ruritania-Strelsau', 'Ruritania Strelsau']);
});

test('a hyphen between two names is also written as a space: "Ruritania Nova" is the state "Ruritania-Nova"', () => {
  const [s] = buildGazetteer([ruritania({ name: { common: 'Ruritania-Nova', official: 'Republic of Ruritania-Nova' }, altSpellings: [] })], noPress);
  assert.ok(s.forms.includes('Ruritania Nova'), s.forms.join(', '));
  assert.ok(s.forms.includes('Republic of Ruritania Nova'), s.forms.join(', '));
});
