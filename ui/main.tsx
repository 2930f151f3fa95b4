import { AppRoot } from '@dynatrace/strato-components/core';
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app/App';
import { cachedCallerContext, CallerProvider } from './app/hooks/CallerContext';
import { prefetchFirstInventoryPage, workspaceTarget } from './app/hooks/inventoryPrefetch';
import { ThemeChoiceContext } from './app/components/ThemeToggle';
import { installThemeOverride, storedTheme, storeTheme, type ThemeChoice } from './app/theme';

installThemeOverride();

// a reload of a workspace URL starts its first inventory page before the page's code has loaded
const knownTeams = cachedCallerContext()?.teams.map((t) => t.id) ?? [];
const target = workspaceTarget(window.location.pathname, window.location.search, knownTeams);
if (target) prefetchFirstInventoryPage(target.teamId, target.schemaId);

/** Remounts AppRoot when the theme choice changes (Strato reads the theme once per mount). */
function ThemedRoot() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  const change = (next: ThemeChoice) => {
    storeTheme(next);
    setChoice(next);
  };
  return (
    <ThemeChoiceContext.Provider value={{ choice, change }}>
      <AppRoot key={choice}>
        <App />
      </AppRoot>
    </ThemeChoiceContext.Provider>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <React.StrictMode>
      <BrowserRouter basename="ui">
        <CallerProvider>
          <ThemedRoot />
        </CallerProvider>
      </BrowserRouter>
    </React.StrictMode>,
  );
}
