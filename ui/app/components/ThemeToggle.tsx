/** Header control that cycles the theme: follow the platform → light → dark. */
import { AppHeader } from '@dynatrace/strato-components/layouts';
import React, { createContext, useContext } from 'react';
import type { ThemeChoice } from '../theme';

export const ThemeChoiceContext = createContext<{ choice: ThemeChoice; change: (c: ThemeChoice) => void }>({
  choice: 'auto',
  change: () => undefined,
});

const NEXT: Record<ThemeChoice, ThemeChoice> = { auto: 'light', light: 'dark', dark: 'auto' };
const LABEL: Record<ThemeChoice, string> = { auto: 'Theme: platform', light: 'Theme: light', dark: 'Theme: dark' };

export function ThemeToggle() {
  const { choice, change } = useContext(ThemeChoiceContext);
  return (
    <AppHeader.ActionButton showLabel onClick={() => change(NEXT[choice])} aria-label={`${LABEL[choice]} (switch to ${NEXT[choice]})`}>
      {LABEL[choice]}
    </AppHeader.ActionButton>
  );
}
