// An esbuild plugin that bundles world-countries' entries with only the fields the gazetteer reads: the package
// also carries translations, currencies, borders and more, which the server never reads.
import { readFile } from 'node:fs/promises';

/** `value` with only the fields `selection` names, in their order in `value`; `true` keeps a field whole. */
export function selectFields(value, selection) {
  if (selection === true) return value;
  return Object.fromEntries(Object.keys(value).filter((k) => k in selection).map((k) => [k, selectFields(value[k], selection[k])]));
}

/** The plugin, keeping `selection` of each entry (the gazetteer's PACKAGE_COUNTRY_FIELDS). */
export function countryFields(selection) {
  return {
    name: 'country-fields',
    setup(build) {
      build.onLoad({ filter: /[\\/]world-countries[\\/]countries\.json$/ }, async (args) => {
        const countries = JSON.parse(await readFile(args.path, 'utf8'));
        return { contents: JSON.stringify(countries.map((c) => selectFields(c, selection))), loader: 'json' };
      });
    },
  };
}
