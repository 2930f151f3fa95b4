import { Page } from '@dynatrace/strato-components/layouts';
import React from 'react';

export const App = () => (
  <Page>
    <Page.Main>Team Alerting</Page.Main>
  </Page>
);
