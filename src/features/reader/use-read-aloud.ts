// Reading the article aloud with the browser's speech synthesis (Web Speech API), paragraph by
// paragraph: the voice follows the article's language (the reader's choice of voice and rate is
// remembered), the paragraph being read is reported so the reader can mark it, and phones get
// lock-screen controls through the Media Session API.
import { useCallback, useEffect, useRef, useState } from 'react';
import { readJson, writeStorage } from '../../lib/storage.ts';

export type ReadAloudStatus = 'idle' | 'playing' | 'paused';

/** Speeds offered, as rates of the voice's normal speed. */
export const RATES = [0.75, 1, 1.25, 1.5, 2] as const;
const STORAGE_KEY = 'baca:read-aloud';

interface Stored {
  /** The chosen voice per language (BCP 47 primary tag → voice URI). */
  voices: Record<string, string>;
  rate: number;
}

function readStored(): Stored {
  const raw = readJson(STORAGE_KEY);
  const value: Partial<Record<keyof Stored, unknown>> =
    typeof raw === 'object' && raw !== null ? raw : {};
  const rate = RATES.find((r) => r === value.rate) ?? 1;
  const voices =
    typeof value.voices === 'object' && value.voices !== null
      ? (value.voices as Record<string, string>)
      : {};
  return { voices, rate };
}

/** The primary language subtag of a BCP 47 tag, lower case ("id-ID" → "id"). */
const primary = (tag: string): string => tag.split(/[-_]/u)[0]?.toLowerCase() ?? '';

/** The voices that speak the language, the system's default first. */
export function voicesFor(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice[] {
  return voices
    .filter((voice) => primary(voice.lang) === primary(lang))
    .sort((a, b) => Number(b.default) - Number(a.default));
}

/** Whether this browser can speak at all (the button is not shown otherwise). */
export const canReadAloud = (): boolean =>
  typeof window !== 'undefined' &&
  'speechSynthesis' in window &&
  typeof SpeechSynthesisUtterance !== 'undefined';

export interface ReadAloud {
  status: ReadAloudStatus;
  /** The paragraph being read, or null when idle. */
  paragraph: number | null;
  voices: readonly SpeechSynthesisVoice[];
  /** The voice in use: the reader's choice, else the first for the article's language. */
  voice: SpeechSynthesisVoice | undefined;
  /** Whether some voice speaks the article's language. */
  hasLanguageVoice: boolean;
  rate: number;
  play: () => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  /** Play, pause or resume, whichever comes next. */
  toggle: () => void;
  setVoice: (uri: string) => void;
  setRate: (rate: number) => void;
}

interface Article {
  title: string;
  lang: string;
  outlet?: string;
  paragraphs: readonly { text: string }[];
}

export function useReadAloud(article: Article): ReadAloud {
  const [status, setStatus] = useState<ReadAloudStatus>('idle');
  const [paragraph, setParagraph] = useState<number | null>(null);
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>([]);
  const [stored, setStored] = useState<Stored>(readStored);
  /** Bumped on every start and stop, so that events of an older run are ignored. */
  const run = useRef(0);

  useEffect(() => {
    if (!canReadAloud()) return;
    const synth = window.speechSynthesis;
    const update = (): void => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    const runs = run;
    return () => {
      synth.removeEventListener('voiceschanged', update);
      runs.current++;
      synth.cancel();
    };
  }, []);

  const own = voicesFor(voices, article.lang);
  const chosen = stored.voices[primary(article.lang)];
  const voice = voices.find((v) => v.voiceURI === chosen) ?? own[0];

  /** Reads from paragraph `start` on, with this voice and rate, while run `current` lasts. */
  const speak = useCallback(
    (
      start: number,
      current: number,
      how: { voice: SpeechSynthesisVoice | undefined; rate: number },
    ) => {
      const step = (index: number): void => {
        if (current !== run.current) return;
        const text = article.paragraphs[index]?.text;
        if (text === undefined) {
          setStatus('idle');
          setParagraph(null);
          return;
        }
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = how.voice?.lang ?? article.lang;
        if (how.voice !== undefined) utterance.voice = how.voice;
        utterance.rate = how.rate;
        utterance.onend = () => step(index + 1);
        utterance.onerror = (event) => {
          // Cancelling (stop, a new start) interrupts on purpose; anything else ends the reading.
          if (event.error === 'interrupted' || event.error === 'canceled') return;
          if (current !== run.current) return;
          setStatus('idle');
          setParagraph(null);
        };
        setParagraph(index);
        window.speechSynthesis.speak(utterance);
      };
      step(start);
    },
    [article],
  );

  const play = useCallback(
    (from = 0, how = { voice, rate: stored.rate }): void => {
      if (!canReadAloud()) return;
      const current = ++run.current;
      window.speechSynthesis.cancel();
      setStatus('playing');
      speak(from, current, how);
    },
    [speak, voice, stored.rate],
  );
  const stop = useCallback((): void => {
    if (!canReadAloud()) return;
    run.current++;
    window.speechSynthesis.cancel();
    setStatus('idle');
    setParagraph(null);
  }, []);
  const pause = useCallback((): void => {
    if (!canReadAloud()) return;
    window.speechSynthesis.pause();
    setStatus('paused');
  }, []);
  const resume = useCallback((): void => {
    if (!canReadAloud()) return;
    window.speechSynthesis.resume();
    setStatus('playing');
  }, []);
  const toggle = (): void => {
    if (status === 'idle') play();
    else if (status === 'playing') pause();
    else resume();
  };
  const remember = (next: Stored): void => {
    setStored(next);
    writeStorage(STORAGE_KEY, JSON.stringify(next));
  };
  // A new voice or rate applies at once, from the paragraph being read.
  const restartWith = (how: { voice: SpeechSynthesisVoice | undefined; rate: number }): void => {
    if (status !== 'idle' && paragraph !== null) play(paragraph, how);
  };

  // Lock-screen and headset controls.
  useEffect(() => {
    if (typeof navigator === 'undefined' || !('mediaSession' in navigator)) return;
    const session = navigator.mediaSession;
    if (status === 'idle') {
      session.playbackState = 'none';
      return;
    }
    if (typeof MediaMetadata !== 'undefined')
      session.metadata = new MediaMetadata({
        title: article.title,
        artist: article.outlet ?? 'Baca',
      });
    session.playbackState = status === 'playing' ? 'playing' : 'paused';
    const handlers: [MediaSessionAction, () => void][] = [
      ['play', resume],
      ['pause', pause],
      ['stop', stop],
      ['nexttrack', () => play((paragraph ?? 0) + 1)],
      ['previoustrack', () => play(Math.max(0, (paragraph ?? 0) - 1))],
    ];
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, handler);
      } catch {
        // An action this browser does not know.
      }
    }
    return () => {
      for (const [action] of handlers) {
        try {
          session.setActionHandler(action, null);
        } catch {
          // As above.
        }
      }
    };
  }, [status, paragraph, article, play, pause, resume, stop]);

  return {
    status,
    paragraph,
    voices,
    voice,
    hasLanguageVoice: own.length > 0,
    rate: stored.rate,
    play: () => play(0),
    pause,
    resume,
    stop,
    toggle,
    setVoice: (uri) => {
      remember({ ...stored, voices: { ...stored.voices, [primary(article.lang)]: uri } });
      restartWith({ voice: voices.find((v) => v.voiceURI === uri), rate: stored.rate });
    },
    setRate: (rate) => {
      remember({ ...stored, rate });
      restartWith({ voice, rate });
    },
  };
}
