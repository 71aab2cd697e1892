interface SkipLinkProps {
  label: string;
}

/** First focusable element: jumps past the header to the main content. */
export function SkipLink({ label }: SkipLinkProps) {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-black"
    >
      {label}
    </a>
  );
}
