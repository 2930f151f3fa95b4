import { AppRoot } from '@dynatrace/strato-components/core';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app/App';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <React.StrictMode>
      <AppRoot>
        <BrowserRouter basename="ui">
          <App />
        </BrowserRouter>
      </AppRoot>
    </React.StrictMode>,
  );
}
