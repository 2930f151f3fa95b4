/**
 * Groups of a form (nested objects, lists) draw their fields one frame after they appear, as
 * an interruptible transition: opening an editor paints its first fields and the outline of
 * every group at once, and the rest follows while the user can already type. A group that is
 * not drawn yet marks itself `data-pending` (the bench waits for none to be left).
 */
import { startTransition, useEffect, useState } from 'react';

export function useRevealed(): boolean {
  const [revealed, setRevealed] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setRevealed(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  return revealed;
}
