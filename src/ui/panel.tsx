import { useEffect, useRef, type ReactNode } from 'react';

interface PanelProps {
  id: string;
  /** Landmark element: an aside for complementary content, a section otherwise. */
  as: 'aside' | 'section';
  className: string;
  title: string;
  titleClassName: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A panel opened over the reader: labelled by its heading, which takes focus when it opens,
 * with a close button; Escape closes it.
 */
export function Panel({
  id,
  as: Tag,
  className,
  title,
  titleClassName,
  closeLabel,
  onClose,
  children,
}: PanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Tag
      id={id}
      aria-labelledby={`${id}-title`}
      className={className}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className={titleClassName}>
          {title}
        </h2>
        <button type="button" className="reader-button" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </Tag>
  );
}
