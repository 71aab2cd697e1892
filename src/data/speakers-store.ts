// Everyone quoted, as far as it has arrived: the Speakers page's counterpart of the list
// store. Over HTTP the speakers come in shards, most quoted first, and again A–Z (build:
// src/build/speaker-files.ts): the first screen needs the first shard, each screen further
// down the shard it reaches. A letter most quoted first reads the file of its names' places,
// a typed name the find (or crowd) file of its key; their rows then come from the shards of
// the order shown. Builds without those files (and sources holding the library in memory:
// prerendering, tests) give every speaker at once.
import type {
  SpeakerCard,
  SpeakerFindEntry,
  SpeakersManifest,
  SpeakersPage,
} from '../config/speakers.ts';
import {
  findFilesFor,
  isOneLetter,
  letterOf,
  lettersOf,
  nameMatches,
  speakerCards,
} from './speaker-cards.ts';
import { onePerSource, type DataSource } from './source.ts';

/** Speakers a page carries when its source has them all in memory (the prerendered page). */
export const FIRST_SPEAKERS = 100;

/** The two orders speakers are filed in: most quoted first, and A–Z. */
export type SpeakerOrder = 'quotes' | 'name';

/** What the Speakers page shows: an order, a letter ('' for all), a name query (`nameQuery`). */
export interface SpeakerQuery {
  order: SpeakerOrder;
  letter: string;
  query: string;
}

/** The rows of a query: places in one order (rows come from that order's shards). */
export interface SpeakerView {
  order: SpeakerOrder;
  places: readonly number[];
}

export interface SpeakersStore {
  version: () => number;
  subscribe: (listener: () => void) => () => void;
  /** The speaker at a place (most quoted first, or A–Z), if arrived. */
  at: (place: number, order?: SpeakerOrder) => SpeakerCard | undefined;
  /** Fetches the shards holding these places (most quoted first, or A–Z). */
  need: (places: Iterable<number>, order?: SpeakerOrder) => void;
  /**
   * A query's rows by need from the files that have arrived: null while some are missing
   * (`prepare` fetches them), false when this library cannot answer it by need (a build
   * without those files, or one of them failed to load): `all` then.
   */
  view: (query: SpeakerQuery) => SpeakerView | null | false;
  /** Fetches the files a query's view needs. */
  prepare: (query: SpeakerQuery) => void;
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
  const nameRows: (SpeakerCard | undefined)[] = [];
  let whole: SpeakerCard[] | null = null;
  let manifest: Promise<SpeakersManifest> | null = null;
  let arrived: SpeakersManifest | null = null;
  // The manifest's key lists as the name lookup asks them, made once.
  let split: ReadonlySet<string> = new Set();
  let crowds: ReadonlyMap<string, string> = new Map();
  const noCrowds: ReadonlyMap<string, string> = new Map();
  // The letter and find files of views by need, by file name.
  const fetched = new Map<string, unknown>();
  const fetching = new Map<string, Promise<void>>();
  let everyone: Promise<SpeakersPage> | null = null;
  const shards = new Map<string, Promise<void>>();
  const seeded = new WeakSet<SpeakersPage>();

  const changed = (): void => {
    version++;
    for (const listener of listeners) listener();
  };
  // Back online: the page asks again for the rows it shows (a failed shard left placeholders).
  if (typeof window !== 'undefined') window.addEventListener('online', changed);

  const getManifest = (): Promise<SpeakersManifest> => {
    const speakers = source.speakers;
    if (speakers === undefined) return Promise.reject(new Error('no speaker shards'));
    if (manifest === null) {
      manifest = speakers.manifest();
      manifest.then(
        (m) => {
          arrived = m;
          split = new Set(m.findSplit);
          crowds = new Map(m.findCrowds);
        },
        () => (manifest = null),
      );
    }
    return manifest;
  };

  const loadShard = (
    [from, , file]: SpeakersManifest['shards'][number],
    order: SpeakerOrder = 'quotes',
  ): Promise<void> => {
    let load = shards.get(file);
    if (load === undefined) {
      load = (source.speakers?.shard(file) ?? Promise.reject(new Error(file))).then((shard) => {
        const target = order === 'quotes' ? rows : nameRows;
        shard.speakers.forEach((card, i) => (target[from + i] ??= card));
        changed();
      });
      load.catch(() => {
        shards.delete(file);
        // The A–Z copy is a convenience: most quoted first holds every speaker too.
        if (order === 'name') failByNeed();
      });
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
      await Promise.all(m.shards.map((shard) => loadShard(shard)));
      return setWhole(rows.slice(0, m.total).filter((card) => card !== undefined));
    })();
    everyone.catch(() => (everyone = null));
    return everyone;
  };

  /** The files a view by need reads failed (offline, a file gone): it falls back to `all`. */
  let byNeedFailed = false;
  const failByNeed = (): void => {
    byNeedFailed = true;
    changed();
  };

  /** A query's view from the files that have arrived; with `start`, fetches those missing. */
  /** A file a view reads, once fetched; with `start`, fetched when missing. */
  function fileOf<T>(file: string, fetch: (file: string) => Promise<T>, start: boolean) {
    const got = fetched.get(file) as T | undefined;
    if (got === undefined && start && !fetching.has(file)) {
      const load = fetch(file).then((value) => {
        fetched.set(file, value);
        changed();
      });
      load.catch(failByNeed);
      fetching.set(file, load);
    }
    return got;
  }

  const resolve = (query: SpeakerQuery, start: boolean): SpeakerView | null | false => {
    const speakers = source.speakers;
    if (speakers?.find === undefined || speakers.letter === undefined || byNeedFailed) return false;
    const m = arrived;
    if (m === null) {
      if (start) getManifest().then(changed, failByNeed);
      return null;
    }
    const { byName, letterRanges, letterPlaces, find, findSplit, findCrowds } = m;
    if (!byName || !letterRanges || !letterPlaces || !find || !findSplit || !findCrowds)
      return false;
    if (speakers.crowd === undefined) return false;
    const { order, query: typed } = query;
    let { letter } = query;
    if (letter === '' && typed === '')
      return { order, places: Array.from({ length: m.total }, (_, place) => place) };
    // One letter typed: the names starting with it are the names filed under it (A–Z).
    const typedLetter = isOneLetter(typed) ? letterOf(typed) : '#';
    if (typedLetter !== '#') {
      if (letter !== '' && letter !== typedLetter) return { order, places: [] };
      letter = typedLetter;
    }
    if (typed === '' || typedLetter !== '#') {
      const places: number[] = [];
      if (order === 'name') {
        // A letter is a range of the A–Z order (or a few, for letters the collation splits).
        for (const [each, from, count] of letterRanges)
          if (each === letter) for (let i = 0; i < count; i++) places.push(from + i);
        return { order, places };
      }
      const file = letterPlaces.find(([each]) => each === letter)?.[1];
      if (file === undefined) return { order, places };
      const filed = fileOf(file, speakers.letter, start);
      return filed === undefined ? null : { order, places: filed.places };
    }
    // One crowded word: where everyone it finds is (without names, so not with a letter).
    const lookup = findFilesFor(find, split, typed, letter === '' ? crowds : noCrowds);
    if (lookup.crowd !== undefined) {
      const crowd = fileOf(lookup.crowd, speakers.crowd, start);
      if (crowd === undefined) return null;
      let place = 0;
      return {
        order,
        places: (order === 'name' ? crowd.names : crowd.quotes).map((gap) => (place += gap)),
      };
    }
    // The people whose names may match, from the files of the query's key (one, or for a
    // single letter the few of the keys starting with it), each once.
    const people = new Map<number, SpeakerFindEntry>();
    let missing = false;
    for (const file of lookup.files) {
      const filed = fileOf(file, speakers.find, start);
      if (filed === undefined) missing = true;
      else for (const entry of filed.entries) people.set(entry[1], entry);
    }
    if (missing) return null;
    const matched = [...people.values()].filter(
      ([name]) => (letter === '' || letterOf(name) === letter) && nameMatches(name, typed),
    );
    return {
      order,
      places: matched
        .map(([, namePlace, quotePlace]) => (order === 'name' ? namePlace : quotePlace))
        .sort((a, b) => a - b),
    };
  };

  return {
    version: () => version,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    at: (place, order = 'quotes') => (order === 'quotes' ? rows : nameRows)[place],
    need: (places, order = 'quotes') => {
      if (whole !== null && order === 'quotes') return;
      const target = order === 'quotes' ? rows : nameRows;
      const missing = [...places].filter((place) => place >= 0 && target[place] === undefined);
      if (missing.length === 0) return;
      if (source.speakers === undefined) {
        all().catch(() => undefined);
        return;
      }
      getManifest()
        .then((m) => {
          const wanted = (order === 'quotes' ? m.shards : (m.byName ?? [])).filter(
            ([from, count]) => missing.some((place) => place >= from && place < from + count),
          );
          return Promise.all(wanted.map((shard) => loadShard(shard, order)));
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
    view: (query) => resolve(query, false),
    prepare: (query) => {
      resolve(query, true);
    },
    all,
    whole: () => whole,
  };
}
