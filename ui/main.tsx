// first: starts the URL's page chunk and first data before the rest of the bundle is evaluated
import './earlyStart';
import { AppRoot } from '@dynatrace/strato-components/core';
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { App } from './app/App';
import { CallerProvider } from './app/hooks/CallerContext';
import { ROUTER_BASENAME } from './app/pageChunks';
import { ThemeChoiceContext } from './app/components/ThemeToggle';
import { installThemeOverride, storedTheme, storeTheme, type ThemeChoice } from './app/theme';

installThemeOverride();

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

// a data router, so an editor with unsaved changes can hold a navigation (useBlocker); the
// app's own <Routes> stay below its one catch-all route
const router = createBrowserRouter([{ path: '*', element: <CallerProvider><ThemedRoot /></CallerProvider> }], { basename: `/${ROUTER_BASENAME}` });

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <React.StrictMode>
      <RouterProvider router={router} />
    </React.StrictMode>,
  );
}
