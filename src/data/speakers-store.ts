// Everyone quoted, as far as it has arrived: the Speakers page's counterpart of the list
// store. Over HTTP the speakers come in shards, most quoted first (build:
// src/build/speaker-files.ts): the first screen needs the first shard, each screen further
// down the shard it reaches; finding a name, a letter or A–Z order loads them all. Sources
// holding the library in memory (prerendering, tests) give every speaker at once.
import type { SpeakerCard, SpeakersManifest, SpeakersPage } from '../config/speakers.ts';
import { lettersOf, speakerCards } from './speaker-cards.ts';
import { onePerSource, type DataSource } from './source.ts';

/** Speakers a page carries when its source has them all in memory (the prerendered page). */
export const FIRST_SPEAKERS = 100;

export interface SpeakersStore {
  version: () => number;
  subscribe: (listener: () => void) => () => void;
  /** The speaker at a place (most quoted first), if arrived. */
  at: (place: number) => SpeakerCard | undefined;
  /** Fetches the shards holding these places. */
  need: (places: Iterable<number>) => void;
  /** Takes in the speakers a page arrived with. */
  seed: (page: SpeakersPage) => void;
  /** The first speakers (partial when there are more). */
  first: () => Promise<SpeakersPage>;
  /** Every speaker. */
  all: () => Promise<SpeakersPage>;
  /** Every speaker if they have all arrived, else null. */
  whole: () => readonly SpeakerCard[] | null;
}

/** The one store per data source. */
export const speakersStore = onePerSource(createSpeakersStore);

function createSpeakersStore(source: DataSource): SpeakersStore {
  const listeners = new Set<() => void>();
  let version = 0;
  let rows: (SpeakerCard | undefined)[] = [];
  let whole: SpeakerCard[] | null = null;
  let manifest: Promise<SpeakersManifest> | null = null;
  let everyone: Promise<SpeakersPage> | null = null;
  const shards = new Map<string, Promise<void>>();
  const seeded = new WeakSet<SpeakersPage>();

  const changed = (): void => {
    version++;
    for (const listener of listeners) listener();
  };

  const getManifest = (): Promise<SpeakersManifest> => {
    const speakers = source.speakers;
    if (speakers === undefined) return Promise.reject(new Error('no speaker shards'));
    manifest ??= speakers.manifest();
    manifest.catch(() => (manifest = null));
    return manifest;
  };

  const loadShard = ([from, , file]: SpeakersManifest['shards'][number]): Promise<void> => {
    let load = shards.get(file);
    if (load === undefined) {
      load = (source.speakers?.shard(file) ?? Promise.reject(new Error(file))).then((shard) => {
        shard.speakers.forEach((card, i) => (rows[from + i] ??= card));
        changed();
      });
      load.catch(() => shards.delete(file));
      shards.set(file, load);
    }
    return load;
  };

  /** Every speaker from a source without shards: its cards, or computed from its index. */
  const inMemory = async (): Promise<SpeakerCard[]> =>
    source.speakerCards !== undefined
      ? source.speakerCards()
      : speakerCards((await source.index()).articles);

  const setWhole = (cards: SpeakerCard[]): SpeakersPage => {
    whole = cards;
    rows = cards.slice();
    changed();
    return { total: cards.length, letters: lettersOf(cards), speakers: cards };
  };

  const all = (): Promise<SpeakersPage> => {
    everyone ??= (async () => {
      if (whole !== null)
        return { total: whole.length, letters: lettersOf(whole), speakers: whole };
      if (source.speakers === undefined) return setWhole(await inMemory());
      const m = await getManifest();
      await Promise.all(m.shards.map(loadShard));
      return setWhole(rows.slice(0, m.total).filter((card) => card !== undefined));
    })();
    everyone.catch(() => (everyone = null));
    return everyone;
  };

  return {
    version: () => version,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    at: (place) => rows[place],
    need: (places) => {
      if (whole !== null) return;
      const missing = [...places].filter((place) => place >= 0 && rows[place] === undefined);
      if (missing.length === 0) return;
      if (source.speakers === undefined) {
        all().catch(() => undefined);
        return;
      }
      getManifest()
        .then((m) => {
          const wanted = m.shards.filter(([from, count]) =>
            missing.some((place) => place >= from && place < from + count),
          );
          return Promise.all(wanted.map(loadShard));
        })
        // Offline or a failed file: the rows stay placeholders; the next scroll asks again.
        .catch(() => undefined);
    },
    // Silent: the caller renders what it seeded.
    seed: (page) => {
      if (whole !== null || seeded.has(page)) return;
      seeded.add(page);
      if (page.partial !== true) {
        whole = page.speakers;
        rows = page.speakers.slice();
      } else page.speakers.forEach((card, i) => (rows[i] ??= card));
      version++;
    },
    first: async () => {
      if (source.speakers === undefined) {
        const cards = await inMemory();
        if (cards.length <= FIRST_SPEAKERS) return setWhole(cards);
        return {
          partial: true,
          total: cards.length,
          letters: lettersOf(cards),
          speakers: cards.slice(0, FIRST_SPEAKERS),
        };
      }
      const m = await getManifest();
      const shard = m.shards[0];
      if (shard !== undefined) await loadShard(shard);
      const speakers = rows.slice(0, shard?.[1] ?? 0).filter((card) => card !== undefined);
      if (m.shards.length <= 1) return setWhole(speakers);
      return { partial: true, total: m.total, letters: m.letters, speakers };
    },
    all,
    whole: () => whole,
  };
}
