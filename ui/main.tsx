// first: starts the URL's page chunk and first data before the rest of the bundle is evaluated
import './earlyStart';
import { AppRoot } from '@dynatrace/strato-components/core';
import React, { useLayoutEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { App } from './app/App';
import { CallerProvider } from './app/hooks/CallerContext';
import { ROUTER_BASENAME } from './app/pageChunks';
import { ThemeChoiceContext } from './app/components/ThemeToggle';
import { applyTheme, installThemeOverride, resolveTheme, storedTheme, storeTheme, type ThemeChoice } from './app/theme';

installThemeOverride();

/**
 * AppRoot is mounted once: Strato reads the theme at mount and applies it as a `data-theme`
 * attribute, so a later choice sets that attribute (`applyTheme`) instead of remounting the tree,
 * which kept no page state and refetched everything. This layout effect runs after AppRoot's own.
 */
function ThemedRoot() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => applyTheme(resolveTheme(choice), root.current), [choice]);
  const change = (next: ThemeChoice) => {
    storeTheme(next);
    setChoice(next);
  };
  return (
    <ThemeChoiceContext.Provider value={{ choice, change }}>
      <AppRoot ref={root}>
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
