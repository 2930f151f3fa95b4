/**
 * Changes are never lost silently: while the draft differs from what was loaded, navigating
 * inside the app is held (react-router's blocker) until the user confirms, and reloading or
 * closing the tab asks through the browser's own dialog (`beforeunload`). Cancel and Escape ask
 * through the editor itself (see ObjectEditor).
 */
import { useEffect } from 'react';
import { useBlocker } from 'react-router-dom';

export interface UnsavedGuard {
  /** an in-app navigation waits for the user's answer */
  navigationHeld: boolean;
  leave: () => void;
  stay: () => void;
}

export function useUnsavedGuard(dirty: boolean): UnsavedGuard {
  const blocker = useBlocker(dirty);
  useEffect(() => {
    if (!dirty) return undefined;
    // the browser shows its own "leave site?" dialog; its text cannot be chosen
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  return {
    navigationHeld: blocker.state === 'blocked',
    leave: () => blocker.proceed?.(),
    stay: () => blocker.reset?.(),
  };
}
