import { useRef } from 'react';
import { useSettledRange, useWindowList } from '../../lib/use-window-list.ts';
import type { SpeakerCard } from '../../config/speakers.ts';
import { SpeakerEntry } from './speaker-entry.tsx';

/** Estimated entry height in px before it is measured. */
const ESTIMATED_ENTRY_PX = 130;
/** Entries rendered beyond each edge of the window. */
const OVERSCAN = 8;

export interface SpeakerListProps {
  /** The list; an undefined entry is still downloading (shown as a placeholder). */
  speakers: readonly (SpeakerCard | undefined)[];
  label: string;
  /** Told which places are on screen (or about to be), to fetch missing ones. */
  onShow?: (from: number, to: number) => void;
}

/**
 * Every speaker shown, virtualised against the page scroll: a library quoting thousands of
 * people keeps a few dozen entries in the DOM (see the article list for the same pattern).
 */
export function VirtualSpeakerList({ speakers, label, onShow }: SpeakerListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const { virtualizer, scrollMargin } = useWindowList(listRef, {
    count: speakers.length,
    estimateSize: ESTIMATED_ENTRY_PX,
    overscan: OVERSCAN,
    getItemKey: (i) => speakers[i]?.name ?? i,
  });
  const items = virtualizer.getVirtualItems();
  useSettledRange(items, onShow, speakers);
  return (
    <div
      ref={listRef}
      role="list"
      aria-label={label}
      className="relative mt-2"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const speaker = speakers[item.index];
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
            <SpeakerEntry speaker={speaker} />
          </div>
        );
      })}
    </div>
  );
}
