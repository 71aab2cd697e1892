// Everyone quoted, cut into shards of consecutive entries (most quoted first), so the Speakers
// page fetches the screens the reader reaches instead of the whole library's index.
import { createHash } from 'node:crypto';
import {
  nameBucket,
  SPEAKER_IDS_INLINE,
  SPEAKERS_DIR,
  SPEAKERS_MANIFEST,
  type SpeakerIdsFile,
  type SpeakerNamesShard,
  type SpeakerRecord,
  type SpeakersManifest,
  type SpeakersShard,
} from '../config/speakers.ts';
import { lettersOf, speakerCards } from '../data/speaker-cards.ts';
import type { LibraryIndex } from '../data/types.ts';

/** Entries per shard: a few hundred bytes each, ~20–60 kB gzipped per shard. */
export const SPEAKER_SHARD_ENTRIES = 500;

/** The manifest and shard files, keyed by their path under the data folder. */
export function buildSpeakerFiles(
  index: LibraryIndex,
  shardEntries = SPEAKER_SHARD_ENTRIES,
): Map<string, string> {
  const cards = speakerCards(index.articles);
  const files = new Map<string, string>();
  const shards: SpeakersManifest['shards'] = [];
  for (let from = 0; from < cards.length; from += shardEntries) {
    const shard: SpeakersShard = { version: 1, speakers: cards.slice(from, from + shardEntries) };
    const json = JSON.stringify(shard);
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
    const file = `${shards.length}-${hash}.json`;
    files.set(`${SPEAKERS_DIR}/${file}`, json);
    shards.push([from, shard.speakers.length, file]);
  }
  // One person's page: their record in the bucket of their name, about 500 people a file.
  const buckets = Math.max(1, Math.ceil(cards.length / shardEntries));
  const records = new Map<string, SpeakerRecord>(
    cards.map(({ name, quotes, articles, fullName }) => [
      name,
      { name, quotes, articles, ...(fullName === undefined ? {} : { fullName }), ids: [] },
    ]),
  );
  for (const article of index.articles)
    for (const [name] of article.speakers) records.get(name)?.ids.push(article.id);
  const bucketed = Array.from({ length: buckets }, (): SpeakerRecord[] => []);
  const idFiles: string[] = [];
  for (const record of records.values()) {
    // Someone quoted in thousands of articles would make their bucket heavy for everyone in
    // it: beyond the first ids, theirs go to a file of their own.
    if (record.ids.length > SPEAKER_IDS_INLINE) {
      const own: SpeakerIdsFile = { version: 1, ids: record.ids };
      const json = JSON.stringify(own);
      const file = `ids-${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`;
      files.set(`${SPEAKERS_DIR}/${file}`, json);
      record.ids = record.ids.slice(0, SPEAKER_IDS_INLINE);
      record.allIds = file;
      idFiles.push(file);
    }
    bucketed[nameBucket(record.name, buckets)]?.push(record);
  }
  const names = bucketed.map((speakers, bucket) => {
    const shard: SpeakerNamesShard = { version: 1, speakers };
    const json = JSON.stringify(shard);
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
    const file = `names-${bucket}-${hash}.json`;
    files.set(`${SPEAKERS_DIR}/${file}`, json);
    return file;
  });
  const manifest: SpeakersManifest = {
    version: 1,
    total: cards.length,
    letters: lettersOf(cards),
    shards,
    names,
    ids: idFiles,
  };
  files.set(SPEAKERS_MANIFEST, JSON.stringify(manifest));
  return files;
}
