/**
 * The app's areas ("pages") and what each needs: the one rule the navigation and the "not
 * available" page follow. `pagesOf` decides for a caller; `PAGE_REQUIREMENTS` says in words who
 * may use a page and who can grant it, so a direct URL to a page the caller cannot use explains
 * itself instead of redirecting. The functions check access again on every call.
 */
export const APP_PAGES = ['home', 'workspace', 'requests', 'apply', 'review', 'overview', 'teams', 'calculator'] as const;
export type AppPage = (typeof APP_PAGES)[number];

/** What the page rule needs to know of a caller (all decided elsewhere: identity and the platform). */
export interface PageCaller {
  isAdmin: boolean;
  /** the caller is a member or lead of at least one team */
  inTeam: boolean;
  /** the caller may open some team's review (as its lead, as an admin in it, or read-only as an admin) */
  reviews: boolean;
}

export interface PageRequirement {
  /** the page's name as the navigation shows it */
  label: string;
  /** who may use it, as a sentence ending without a full stop */
  who: string;
  /** who can give a caller access, as a sentence ending without a full stop */
  grantedBy: string;
}

const JOIN_A_TEAM = 'a Dynatrace admin adds your e-mail to a team on the Teams page of this app';
const BIND_ADMIN_POLICY = 'whoever manages IAM in your Dynatrace account binds the Team Alerting admin policy (from the Policy calculator) to a group you are in';

export const PAGE_REQUIREMENTS: Readonly<Record<AppPage, PageRequirement>> = {
  home: { label: 'Home', who: 'everyone who can open the app', grantedBy: 'nothing is needed' },
  workspace: {
    label: 'Workspace', who: 'members and leads of a team: it holds the alerting of their team\'s management zones',
    grantedBy: JOIN_A_TEAM,
  },
  requests: {
    label: 'Change requests', who: 'members and leads of a team: members propose changes, leads decide them',
    grantedBy: JOIN_A_TEAM,
  },
  apply: {
    label: 'Apply', who: 'members and leads of a team: it applies a configuration-as-code project to their team\'s alerting',
    grantedBy: JOIN_A_TEAM,
  },
  review: {
    label: 'Review', who: 'team leads (for their teams) and Dynatrace admins (every team, read-only where they are not in it)',
    grantedBy: 'a Dynatrace admin names you a lead of your team on the Teams page of this app',
  },
  overview: {
    label: 'All teams', who: 'Dynatrace admins: it shows every team\'s findings and the alerting outside every team',
    grantedBy: BIND_ADMIN_POLICY,
  },
  teams: {
    label: 'Teams', who: 'Dynatrace admins: they create and edit the team mappings',
    grantedBy: BIND_ADMIN_POLICY,
  },
  calculator: {
    label: 'Policy calculator', who: 'Dynatrace admins: it generates the IAM policies of every team',
    grantedBy: BIND_ADMIN_POLICY,
  },
};

/** The pages a caller may use, in navigation order. */
export function pagesOf(caller: PageCaller): AppPage[] {
  const allowed: Record<AppPage, boolean> = {
    home: true,
    workspace: caller.inTeam,
    requests: caller.inTeam,
    apply: caller.inTeam,
    review: caller.reviews,
    overview: caller.isAdmin,
    teams: caller.isAdmin,
    calculator: caller.isAdmin,
  };
  return APP_PAGES.filter((p) => allowed[p]);
}
