/**
 * App shell: header with navigation, one lazily loaded chunk per page (keeps the initial bundle
 * small), and the toast container.
 */
import { Page, AppHeader } from '@dynatrace/strato-components/layouts';
import { ToastContainer } from '@dynatrace/strato-components/notifications';
import React, { Suspense, lazy } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { PageLoading } from './components/PageLoading';
import { pageChunks } from './pageChunks';
import { ThemeToggle } from './components/ThemeToggle';
import { SCHEMA_PAGES } from './schemas';

const HomePage = lazy(pageChunks.home);
const WorkspacePage = lazy(pageChunks.workspace);
const ReviewPage = lazy(pageChunks.review);
const TeamsPage = lazy(pageChunks.teams);
const CalculatorPage = lazy(pageChunks.calculator);
const ApplyPage = lazy(pageChunks.apply);

const NAV = [
  { to: '/', label: 'Home', match: (p: string) => p === '/' },
  { to: `/workspace/${SCHEMA_PAGES[0]!.slug}`, label: 'Workspace', match: (p: string) => p.startsWith('/workspace') },
  { to: '/review', label: 'Review', match: (p: string) => p.startsWith('/review') },
  { to: '/teams', label: 'Teams', match: (p: string) => p.startsWith('/teams') },
  { to: '/calculator', label: 'Policy calculator', match: (p: string) => p.startsWith('/calculator') },
];

export const App = () => {
  const { pathname } = useLocation();
  return (
    <Page>
      <Page.Header>
        <AppHeader>
          <AppHeader.Navigation>
            <AppHeader.Logo as={Link} to="/" appName="Team Alerting" />
            {NAV.map((item) => (
              <AppHeader.NavigationItem key={item.to} as={Link} to={item.to} isSelected={item.match(pathname)} aria-current={item.match(pathname) ? 'page' : undefined}>
                {item.label}
              </AppHeader.NavigationItem>
            ))}
          </AppHeader.Navigation>
          <AppHeader.ActionItems>
            <ThemeToggle />
          </AppHeader.ActionItems>
        </AppHeader>
      </Page.Header>
      <Page.Main>
        <Suspense fallback={<PageLoading label="Loading page" />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/workspace" element={<Navigate to={`/workspace/${SCHEMA_PAGES[0]!.slug}`} replace />} />
            <Route path="/workspace/:slug" element={<WorkspacePage />} />
            <Route path="/review" element={<ReviewPage />} />
            <Route path="/teams" element={<TeamsPage />} />
            <Route path="/calculator" element={<CalculatorPage />} />
            <Route path="/apply" element={<ApplyPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </Page.Main>
      <ToastContainer />
    </Page>
  );
};
