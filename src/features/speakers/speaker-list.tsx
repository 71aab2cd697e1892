import { useRef } from 'react';
import { useWindowList } from '../../lib/use-window-list.ts';
import type { SpeakerStat } from '../../data/speaker-stats.ts';
import { SpeakerEntry } from './speaker-entry.tsx';
import type { Quoting } from './quoting-articles.ts';

/** Estimated entry height in px before it is measured. */
const ESTIMATED_ENTRY_PX = 130;
/** Entries rendered beyond each edge of the window. */
const OVERSCAN = 8;

export interface SpeakerListProps {
  speakers: readonly SpeakerStat[];
  quoting: ReadonlyMap<string, readonly Quoting[]>;
  label: string;
}

/**
 * Every speaker shown, virtualised against the page scroll: a library quoting thousands of
 * people keeps a few dozen entries in the DOM (see the article list for the same pattern).
 */
export function VirtualSpeakerList({ speakers, quoting, label }: SpeakerListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const { virtualizer, scrollMargin } = useWindowList(listRef, {
    count: speakers.length,
    estimateSize: ESTIMATED_ENTRY_PX,
    overscan: OVERSCAN,
    getItemKey: (i) => speakers[i]?.name ?? i,
  });
  return (
    <div
      ref={listRef}
      role="list"
      aria-label={label}
      className="relative mt-2"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const speaker = speakers[item.index];
        if (speaker === undefined) return null;
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            role="listitem"
            aria-setsize={speakers.length}
            aria-posinset={item.index + 1}
            className="absolute top-0 left-0 w-full"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <SpeakerEntry speaker={speaker} quoting={quoting.get(speaker.name) ?? []} />
          </div>
        );
      })}
    </div>
  );
}
