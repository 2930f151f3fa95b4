import fc from 'fast-check';
import { contracts } from '../contracts';
import { APP_PAGES, capabilitiesOf, mayReadTeamReadOnly, PAGE_REQUIREMENTS, type AppPage, type CapabilityCaller } from './index';

const ALL = [{ id: 'checkout', name: 'Checkout' }, { id: 'search', name: 'Search', managementZones: [{ name: 'Search', id: '7' }] }, { id: 'mobile', name: 'Mobile App' }];

// the demo personas' kinds (local/platform/tenant/demo-data.ts)
const PERSONAS: Array<[string, CapabilityCaller, { pages: AppPage[]; review: string[]; readOnly: string[]; decide: string[]; manage: boolean }]> = [
  ['admin in no team (Ada)', { isAdmin: true, teams: [], allTeams: ALL },
    { pages: ['home', 'review', 'overview', 'teams', 'calculator'], review: [], readOnly: ['checkout', 'search', 'mobile'], decide: [], manage: true }],
  ['lead (Lena)', { isAdmin: false, teams: [{ id: 'checkout', role: 'lead' }], allTeams: ALL },
    { pages: ['home', 'workspace', 'requests', 'apply', 'review'], review: ['checkout'], readOnly: [], decide: ['checkout'], manage: false }],
  ['member (Max)', { isAdmin: false, teams: [{ id: 'checkout', role: 'member' }], allTeams: ALL },
    { pages: ['home', 'workspace', 'requests', 'apply'], review: [], readOnly: [], decide: [], manage: false }],
  ['member of two teams (Noah)', { isAdmin: false, teams: [{ id: 'checkout', role: 'member' }, { id: 'mobile', role: 'member' }], allTeams: ALL },
    { pages: ['home', 'workspace', 'requests', 'apply'], review: [], readOnly: [], decide: [], manage: false }],
  ['lead of one team, member of another', { isAdmin: false, teams: [{ id: 'checkout', role: 'lead' }, { id: 'mobile', role: 'member' }], allTeams: ALL },
    { pages: ['home', 'workspace', 'requests', 'apply', 'review'], review: ['checkout'], readOnly: [], decide: ['checkout'], manage: false }],
  ['outsider (Olga)', { isAdmin: false, teams: [], allTeams: ALL },
    { pages: ['home'], review: [], readOnly: [], decide: [], manage: false }],
  ['admin who is a member of one team', { isAdmin: true, teams: [{ id: 'search', role: 'member' }], allTeams: ALL },
    { pages: [...APP_PAGES], review: ['search'], readOnly: ['checkout', 'mobile'], decide: [], manage: true }],
  ['admin of a tenant without teams', { isAdmin: true, teams: [], allTeams: [] },
    { pages: ['home', 'overview', 'teams', 'calculator'], review: [], readOnly: [], decide: [], manage: true }],
];

describe('capabilitiesOf per persona kind', () => {
  it.each(PERSONAS)('%s', (_, caller, want) => {
    const c = capabilitiesOf(caller);
    expect(c.pages).toEqual(want.pages);
    expect(c.reviewTeamIds).toEqual(want.review);
    expect(c.readOnlyReviewTeams.map((t) => t.id)).toEqual(want.readOnly);
    expect(c.decideTeamIds).toEqual(want.decide);
    expect(c.manageTeams).toBe(want.manage);
    // the answer travels through the strict contract of get-context
    expect(contracts['get-context'].response.safeParse({
      status: 'ok', user: { id: 'u', name: 'U', email: 'u@example.com' }, teams: [], isAdmin: caller.isAdmin, capabilities: c, permissions: [],
    }).success).toBe(true);
  });
  it('names the read-only teams as the tenant names them, with their zones', () => {
    expect(capabilitiesOf({ isAdmin: true, teams: [{ id: 'checkout', role: 'lead' }], allTeams: ALL }).readOnlyReviewTeams).toEqual([{ id: 'search', name: 'Search', managementZones: [{ name: 'Search', id: '7' }] }, { id: 'mobile', name: 'Mobile App', managementZones: [] }]);
  });
  it('lets only an admin read a team they are not in, and never one of their own as read-only', () => {
    expect(mayReadTeamReadOnly({ isAdmin: true, teams: [], allTeams: ALL }, 'checkout')).toBe(true);
    expect(mayReadTeamReadOnly({ isAdmin: true, teams: [], allTeams: ALL }, 'payments')).toBe(false); // no such team
    expect(mayReadTeamReadOnly({ isAdmin: false, teams: [{ id: 'search', role: 'lead' }], allTeams: ALL }, 'checkout')).toBe(false);
    expect(mayReadTeamReadOnly({ isAdmin: true, teams: [{ id: 'checkout', role: 'member' }], allTeams: ALL }, 'checkout')).toBe(false);
  });
  it('explains every page in words: who may use it and who grants it', () => {
    for (const page of APP_PAGES) {
      expect(PAGE_REQUIREMENTS[page].label).not.toBe('');
      expect(PAGE_REQUIREMENTS[page].who).not.toBe('');
      expect(PAGE_REQUIREMENTS[page].grantedBy).not.toBe('');
    }
  });
});

const ADMIN_PAGES: AppPage[] = ['overview', 'teams', 'calculator'];
const TEAM_PAGES: AppPage[] = ['workspace', 'requests', 'apply'];
const teamIds: fc.Arbitrary<string> = fc.constantFrom('checkout', 'search', 'mobile', 'payments', 'infra');
const callers = fc.record({
  isAdmin: fc.boolean(),
  teams: fc.uniqueArray(fc.record({ id: teamIds, role: fc.constantFrom('lead' as const, 'member' as const) }), { selector: (t) => t.id, maxLength: 4 }),
  allTeams: fc.uniqueArray(fc.record({ id: teamIds, name: fc.string({ maxLength: 8 }) }), { selector: (t) => t.id, maxLength: 5 }),
});

describe('capabilitiesOf: nothing in the answer is available to a caller who lacks the role', () => {
  it('holds for any caller', () => {
    fc.assert(fc.property(callers, (caller) => {
      const c = capabilitiesOf(caller);
      const own = new Set(caller.teams.map((t) => t.id));
      const leads = new Set(caller.teams.filter((t) => t.role === 'lead').map((t) => t.id));
      if (!caller.isAdmin) {
        expect(c.manageTeams).toBe(false);
        expect(c.readOnlyReviewTeams).toEqual([]);
        for (const p of ADMIN_PAGES) expect(c.pages).not.toContain(p);
        // a non-admin reviews only teams they lead
        for (const id of c.reviewTeamIds) expect(leads.has(id)).toBe(true);
      }
      if (caller.teams.length === 0) for (const p of TEAM_PAGES) expect(c.pages).not.toContain(p);
      if (!caller.isAdmin && leads.size === 0) {
        expect(c.pages).not.toContain('review');
        expect(c.reviewTeamIds).toEqual([]);
      }
      // reviewing means some team to review; every team reviewed is the caller's own or read-only
      expect(c.pages.includes('review')).toBe(c.reviewTeamIds.length + c.readOnlyReviewTeams.length > 0);
      for (const id of c.reviewTeamIds) expect(own.has(id)).toBe(true);
      for (const t of c.readOnlyReviewTeams) {
        expect(own.has(t.id)).toBe(false);
        expect(caller.allTeams.some((a) => a.id === t.id)).toBe(true);
      }
      // deciding is for leads only, admin or not
      for (const id of c.decideTeamIds) expect(leads.has(id)).toBe(true);
      // pages come in navigation order, each once
      expect(c.pages).toEqual(APP_PAGES.filter((p) => c.pages.includes(p)));
      expect(c.pages[0]).toBe('home');
    }));
  });
});
