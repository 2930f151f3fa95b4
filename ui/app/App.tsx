/**
 * App shell: header with navigation (the change requests with a badge counting those waiting on
 * the caller), one lazily loaded chunk per page (keeps the initial bundle small), and the toast
 * container. The navigation shows exactly the pages `get-context` says the caller may use
 * (`capabilities.pages`, decided by lib/access); a direct URL to another page explains why it is
 * not available instead of showing it.
 */
import { Chip } from '@dynatrace/strato-components/content';
import { Page, AppHeader } from '@dynatrace/strato-components/layouts';
import { ToastContainer } from '@dynatrace/strato-components/notifications';
import React, { Suspense, lazy } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { PAGE_REQUIREMENTS, type AppPage } from '../../lib/access';
import { FailureBanner } from './components/FailureBanner';
import { NotAvailable } from './components/NotAvailable';
import { PageLoading } from './components/PageLoading';
import { useCaller } from './hooks/CallerContext';
import { ChangeRequestsProvider, useChangeRequests } from './hooks/ChangeRequestsContext';
import { pageChunks } from './pageChunks';
import { ThemeToggle } from './components/ThemeToggle';
import { SCHEMA_PAGES } from './schemas';

const HomePage = lazy(pageChunks.home);
const WorkspacePage = lazy(pageChunks.workspace);
const ReviewPage = lazy(pageChunks.review);
const OverviewPage = lazy(pageChunks.overview);
const TeamsPage = lazy(pageChunks.teams);
const CalculatorPage = lazy(pageChunks.calculator);
const ApplyPage = lazy(pageChunks.apply);
const RequestsPage = lazy(pageChunks.requests);

const REQUESTS = '/requests';
const starts = (prefix: string) => (p: string) => p === prefix || p.startsWith(`${prefix}/`);
/** Where each page lives and whether a path is on it; which of them a caller sees comes from `capabilities.pages`. */
const NAV: Record<AppPage, { to: string; match: (p: string) => boolean }> = {
  home: { to: '/', match: (p) => p === '/' },
  workspace: { to: `/workspace/${SCHEMA_PAGES[0]!.slug}`, match: starts('/workspace') },
  requests: { to: REQUESTS, match: starts(REQUESTS) },
  apply: { to: '/apply', match: starts('/apply') },
  review: { to: '/review', match: starts('/review') },
  overview: { to: '/overview', match: starts('/overview') },
  teams: { to: '/teams', match: starts('/teams') },
  calculator: { to: '/calculator', match: starts('/calculator') },
};

/** How many change requests wait on the caller, next to the navigation item. */
function WaitingBadge() {
  const n = useChangeRequests().waiting.onYou.length;
  if (n === 0) return null;
  return (
    <Chip size="condensed" color="primary" aria-label={`${n} waiting for your approval`} style={{ marginLeft: 6 }}>
      {n}
    </Chip>
  );
}

export const App = () => (
  <ChangeRequestsProvider>
    <Shell />
  </ChangeRequestsProvider>
);

/** Renders `children` when the caller may use `page`, otherwise why not (after the caller's context is known). */
function Allowed({ page, children }: { page: AppPage; children: React.ReactNode }) {
  const { data, failure, loading, reload } = useCaller();
  if (!data) {
    if (failure) return <FailureBanner failure={failure} onRetry={reload} title="Could not load what you may use in the app" />;
    return loading ? <PageLoading label="Loading your teams" /> : null;
  }
  if (!data.capabilities.pages.includes(page)) return <NotAvailable page={page} user={data.user} isAdmin={data.isAdmin} teams={data.teams} />;
  return <>{children}</>;
}

function Shell() {
  const { pathname } = useLocation();
  const { data } = useCaller();
  // until the caller is known, only Home: nothing a role cannot use appears, not even for a moment
  const pages: readonly AppPage[] = data?.capabilities.pages ?? ['home'];
  return (
    <Page>
      <Page.Header>
        <AppHeader>
          <AppHeader.Navigation>
            <AppHeader.Logo as={Link} to="/" appName="Team Alerting" />
            {pages.map((page) => {
              const { to, match } = NAV[page];
              return (
                <AppHeader.NavigationItem key={page} as={Link} to={to} isSelected={match(pathname)} aria-current={match(pathname) ? 'page' : undefined}>
                  {PAGE_REQUIREMENTS[page].label}
                  {page === 'requests' ? <WaitingBadge /> : null}
                </AppHeader.NavigationItem>
              );
            })}
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
            <Route path="/workspace/:slug" element={<Allowed page="workspace"><WorkspacePage /></Allowed>} />
            <Route path="/review" element={<Allowed page="review"><ReviewPage /></Allowed>} />
            <Route path="/overview" element={<Allowed page="overview"><OverviewPage /></Allowed>} />
            <Route path="/teams" element={<Allowed page="teams"><TeamsPage /></Allowed>} />
            <Route path="/calculator" element={<Allowed page="calculator"><CalculatorPage /></Allowed>} />
            <Route path="/apply" element={<Allowed page="apply"><ApplyPage /></Allowed>} />
            <Route path={REQUESTS} element={<Allowed page="requests"><RequestsPage /></Allowed>} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </Page.Main>
      <ToastContainer />
    </Page>
  );
}
