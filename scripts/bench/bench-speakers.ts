// The Speakers page by need at a size no visible library reaches: the speaker files the build
// writes for a generated library quoting ~130,000 people (100,000 articles, three quoted in
// each, names drawn from common given and family names plus a distinguishing word), and what
// its views download: the largest find file, the most a typed name of two letters reads, a
// letter's places (also what one typed letter reads), the first A–Z shard.
import { gzipSync } from 'node:zlib';
import { buildSpeakerFiles } from '../../src/build/speaker-files.ts';
import { SPEAKERS_MANIFEST, type SpeakersManifest } from '../../src/config/speakers.ts';
import { findFilesFor, type NameLookup } from '../../src/data/speaker-cards.ts';
import type { LibraryIndex } from '../../src/data/types.ts';
import { foldText } from '../../src/lib/normalise.ts';

const GIVEN = [
  'Budi',
  'Sri',
  'Joko',
  'Wulan',
  'Agus',
  'Dewi',
  'Made',
  'Putu',
  'Rina',
  'Eko',
  'Siti',
  'Ahmad',
  'Nur',
  'Rudi',
  'Yanti',
  'Hendra',
  'Fitri',
  'Bambang',
  'Ratna',
  'Andi',
  'Maria',
  'John',
  'Anna',
  'Peter',
  'Ivan',
  'Olga',
  'Jean',
  'Marie',
  'Luis',
  'Carmen',
];
const FAMILY = [
  'Santoso',
  'Widodo',
  'Mulyani',
  'Hartono',
  'Lestari',
  'Nugroho',
  'Wibowo',
  'Pratama',
  'Saputra',
  'Hidayat',
  'Kurniawan',
  'Setiawan',
  'Siregar',
  'Nasution',
  'Simanjuntak',
  'Smith',
  'Müller',
  'Dubois',
  'Ivanov',
  'García',
  'Rossi',
  'Popescu',
  'Kowalski',
  'Nguyen',
  'Silva',
];

/** xorshift32: the same library on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const gzip = (text: string | undefined): number => gzipSync(text ?? '').length;

export function benchSpeakers(articles = 100_000): Record<string, number> {
  const next = random(123456789);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const names = Array.from(
    { length: Math.round(articles * 1.5) },
    () =>
      `${pick(GIVEN)} ${pick(FAMILY)}${next() < 0.5 ? '' : ` ${pick(FAMILY)}`} ${Math.floor(next() * 10_000).toString(36)}`,
  );
  const index: LibraryIndex = {
    version: 1,
    articles: Array.from({ length: articles }, (_, n) => {
      const quoted = [...new Set([pick(names), pick(names), pick(names)])];
      return {
        id: `a${n}`,
        title: `Article ${n}`,
        lang: 'id',
        excerpt: '',
        wordCount: 500,
        readingMinutes: 2,
        quotes: quoted.length,
        speakers: quoted.map((name) => [name, 1] as [string, number]),
      };
    }),
  };
  const start = performance.now();
  const files = buildSpeakerFiles(index);
  const buildMs = performance.now() - start;
  const manifest = JSON.parse(files.get(SPEAKERS_MANIFEST) ?? '') as SpeakersManifest;
  const at = (file: string): string | undefined => files.get(`speakers/${file}`);
  const find = manifest.find ?? [];
  const split = new Set(manifest.findSplit ?? []);
  const findSizes = find.map(([, file]) => gzip(at(file))).sort((a, b) => a - b);
  // A typed name reads the files of its key: the most it costs after two and three letters,
  // over every start of a word of a name (one letter reads the letter's file).
  const crowds = new Map(manifest.findCrowds ?? []);
  const lookupBytes = ({ files: found, crowd }: NameLookup): number =>
    crowd === undefined ? found.reduce((sum, file) => sum + gzip(at(file)), 0) : gzip(at(crowd));
  const costliest = (letters: number): number => {
    const starts = new Set(
      index.articles.flatMap((article) =>
        article.speakers.flatMap(([name]) =>
          foldText(name)
            .split(/\s+/u)
            .map((word) => Array.from(word))
            // Shorter words: one letter reads the letter's file.
            .filter((word) => word.length >= letters)
            .map((word) => word.slice(0, letters).join('')),
        ),
      ),
    );
    return Math.max(
      ...[...starts].map((start) => lookupBytes(findFilesFor(find, split, start, crowds))),
    );
  };
  const firstAz = manifest.byName?.[0]?.[2];
  return {
    people: manifest.total,
    buildMs: Math.round(buildMs),
    manifestBytesGzip: gzip(files.get(SPEAKERS_MANIFEST)),
    findFiles: find.length,
    findMedianBytesGzip: findSizes[Math.floor(findSizes.length / 2)] ?? 0,
    findLargestBytesGzip: findSizes.at(-1) ?? 0,
    twoLetterQueryMaxBytesGzip: costliest(2),
    threeLetterQueryMaxBytesGzip: costliest(3),
    letterLargestBytesGzip: Math.max(
      ...(manifest.letterPlaces ?? []).map(([, file]) => gzip(at(file))),
    ),
    firstAzShardBytesGzip: firstAz === undefined ? 0 : gzip(at(firstAz)),
  };
}
