import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * Says the new page's title to screen readers after an in-app navigation (a full page load
 * announces itself). Runs after the route's own effects, so the title is already the new one.
 */
export function RouteAnnouncer() {
  const { pathname } = useLocation();
  const [message, setMessage] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A frame later: the new route has set its title by then.
    const frame = requestAnimationFrame(() => setMessage(document.title));
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return (
    <p role="status" aria-live="polite" className="sr-only" data-testid="route-announcer">
      {message}
    </p>
  );
}
