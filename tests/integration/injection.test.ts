/**
 * Injection (tracker issue 4): quotes, backslashes, newlines, control characters, filter and
 * policy syntax in names and filter values never change a Settings filter or a policy.
 * (a) listings keep returning exactly the team's objects (compared with the admin's unfiltered
 *     listing, filtered in the test by the independent oracle);
 * (b) such names are stored verbatim or refused as `invalid`, never reinterpreted; selector and
 *     zone-id values built to smuggle a foreign zone are never accepted;
 * (c) admin `upsert-team` with such zone names and prefixes is refused or stored verbatim and
 *     never breaks other teams;
 * (d) `generatePolicies` round-trips such zone names through `parsePolicy` or refuses them with
 *     `iam/generate/unsafe-value`.
 */
import fc from 'fast-check';
import { contracts } from '../../lib/contracts';
import { parsePolicy } from '../../lib/iam';
import { generatePolicies } from '../../lib/policy-calculator';
import { listAllPages } from '../support/list-pages';
import { startLocalStack, type LocalStack } from '../support/local-stack';
import { SCHEMAS, ScopeOracle } from '../support/scope-oracle';
import { ADMIN, adminCreate, adminGet, diff, inChunks, nameIn, OBJECTS, oracleFor, snapshot, uniq, valueFor } from '../support/scoping-fixtures';

jest.setTimeout(120_000);

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const NASTY: Record<string, string> = {
  singleQuote: "it's",
  doubleQuote: 'say "hi"',
  bothQuotes: `it's "both"`,
  backslash: 'back\\slash\\',
  trailingBackslash: 'ends with \\',
  newline: 'line one\nline two',
  crlf: 'a\r\nb',
  nul: 'nul\u0000byte',
  control: `ctl${CONTROL}end`,
  sqlish: "'); or ('1'='1",
  filterClose: "x' or value.managementZone != '",
  filterIn: "a') or value.name in('b",
  bindParam: '${bindParam:x}',
  global: '${global:tenant}',
  comment: '// not a comment',
  semicolon: 'a"; ALLOW settings:objects:write;',
  unicode: 'ünïcødé \u2028 \u202e 😀',
};

let stack: LocalStack;
let oracle: ScopeOracle;
beforeAll(async () => {
  stack = await startLocalStack();
  oracle = oracleFor(stack);
}, 60_000);
afterAll(async () => stack?.close());

const idsOf = (body: { items: Array<{ objectId: string }> }) => body.items.map((i) => i.objectId).sort();

async function expectListingsMatchOracle(o: ScopeOracle, personas: string[]) {
  const snap = await snapshot(stack);
  for (const persona of personas) {
    const r = await listAllPages(stack, persona);
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('ok');
    expect({ persona, ids: idsOf(r.body) }).toEqual({ persona, ids: [...o.visibleTo(persona, snap)].sort() });
  }
}

describe('(b) names with quotes, backslashes, newlines and control characters', () => {
  it('are stored verbatim or refused as invalid — never reinterpreted', async () => {
    const cases = Object.entries(NASTY).flatMap(([label, nasty]) =>
      [SCHEMAS.profile, SCHEMAS.window, SCHEMAS.slo, SCHEMAS.metricEvent].map((schemaId) => ({ label, schemaId, value: valueFor(oracle, schemaId, `[checkout] ${nasty} ${uniq()}`, ['Checkout']) })));
    const outcomes = await inChunks(cases, 8, async (c) => ({ c, r: await stack.call('Max Member', 'create-alerting-object', { schemaId: c.schemaId, value: c.value }) }));
    const stored: string[] = [];
    for (const { c, r } of outcomes) {
      expect(r.status).toBe(200);
      expect(contracts['create-alerting-object'].response.safeParse(r.body).success).toBe(true);
      expect({ label: c.label, schemaId: c.schemaId, status: r.body.status }).toEqual({ label: c.label, schemaId: c.schemaId, status: expect.stringMatching(/^(ok|invalid)$/) });
      if (r.body.status === 'ok') {
        const got = await adminGet(stack, r.body.objectId);
        expect(nameIn(c.schemaId, got!.value as Record<string, any>)).toBe(nameIn(c.schemaId, c.value as Record<string, any>));
        const viaApp = await stack.call('Max Member', 'get-alerting-object', { objectId: r.body.objectId });
        expect(viaApp.body.object.value).toEqual(got!.value);
        stored.push(c.label);
      } else {
        expect(r.body.diagnostics.length).toBeGreaterThan(0);
        expect(r.body.diagnostics.every((d: { message: string }) => d.message.length > 0)).toBe(true);
      }
    }
    // the plain quote/backslash/filter-syntax names must not be refused: they are legal names
    expect(stored).toEqual(expect.arrayContaining(['singleQuote', 'doubleQuote', 'backslash', 'sqlish', 'filterClose', 'bindParam', 'comment']));
  });

  it('SLO selectors and zone-id values built to smuggle a foreign zone are never accepted', async () => {
    const search = oracle.zoneId('Search');
    const checkout = oracle.zoneId('Checkout');
    const before = await snapshot(stack);
    const slo = (filter: string) => ({ ...valueFor(oracle, SCHEMAS.slo, `[checkout] sel ${uniq()}`, ['Checkout']), filter });
    const me = (mz: string, cond?: string) => {
      const v = valueFor(oracle, SCHEMAS.metricEvent, `[checkout] me ${uniq()}`, ['Checkout']) as Record<string, any>;
      v.queryDefinition.managementZone = mz;
      if (cond !== undefined) v.queryDefinition.entityFilter.conditions = [{ type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: cond }];
      return v;
    };
    const window = (ids: string[]) => ({ ...valueFor(oracle, SCHEMAS.window, `[checkout] mw ${uniq()}`, ['Checkout']), filters: [{ entityType: 'HOST', entityTags: [], managementZones: ids }] });
    const attempts: Array<[string, string, Record<string, unknown>]> = [
      ['backslash-escaped quote hides a second mzName', SCHEMAS.slo, slo('type("SERVICE"),mzName("Checkout\\"),mzName(\\"Search")')],
      ['tilde-escaped quote hides a second mzName', SCHEMAS.slo, slo('type("SERVICE"),mzName("Checkout~"),mzName(~"Search")')],
      ['tilde-escaped quote closes early', SCHEMAS.slo, slo('type("SERVICE"),mzName("Search~~"),mzName("Checkout")')],
      ['unbalanced quote', SCHEMAS.slo, slo('type("SERVICE"),mzName("Checkout"),mzName("Search\\")')],
      ['newline inside the selector', SCHEMAS.slo, slo('type("SERVICE"),mzName("Checkout")\n,mzName("Search")')],
      ['comment-like tail', SCHEMAS.slo, slo('type("SERVICE"),mzName("Checkout")//,mzName("Search")')],
      ['single-quoted zone', SCHEMAS.slo, slo("type(\"SERVICE\"),mzName('Search')")],
      ['mzId of a foreign zone', SCHEMAS.slo, slo(`type("SERVICE"),mzId(${search})`)],
      ['control characters', SCHEMAS.slo, slo(`type("SERVICE"),mzName("Check${CONTROL}out")`)],
      ['filter syntax in a zone id', SCHEMAS.metricEvent, me(`${checkout}' or '1'='1`)],
      ['zone id with a newline', SCHEMAS.metricEvent, me(`${checkout}\n${search}`)],
      ['foreign condition with a trailing space', SCHEMAS.metricEvent, me(checkout, `${search} `)],
      ['zone id list in one string', SCHEMAS.window, window([`${checkout},${search}`])],
      ['zone id with a quote', SCHEMAS.window, window([`${checkout}'`])],
    ];
    const results = await inChunks(attempts, 8, async ([label, schemaId, value]) => ({ label, r: await stack.call('Max Member', 'create-alerting-object', { schemaId, value }) }));
    for (const { label, r } of results) {
      expect(r.status).toBe(200);
      expect({ label, status: r.body.status }).toEqual({ label, status: expect.stringMatching(/^(forbidden|invalid)$/) });
    }
    expect(diff(before, await snapshot(stack))).toEqual([]);
    // controls: the plain own-zone selector is accepted; so is a foreign zone nested in a
    // relationship or not(...) next to a top-level own zone — documented decision in
    // lib/alerting/entity-selector.ts: nested criteria do not scope the SLO's own entities, which
    // the top-level mzName("Checkout") keeps inside Checkout
    for (const filter of ['type("SERVICE"),mzName("Checkout")', 'type("SERVICE"),toRelationships.runsOn(type("HOST"),mzName("Search")),mzName("Checkout")', 'type("SERVICE"),mzName("Checkout"),not(mzName("Search"))']) {
      const ok = await stack.call('Max Member', 'create-alerting-object', { schemaId: SCHEMAS.slo, value: slo(filter) });
      expect({ filter, status: ok.body.status }).toEqual({ filter, status: 'ok' });
    }
    // …but without a top-level own zone the nested foreign zone does not make it owned
    const nestedOnly = await stack.call('Max Member', 'create-alerting-object', { schemaId: SCHEMAS.slo, value: slo('type("SERVICE"),toRelationships.runsOn(type("HOST"),mzName("Checkout"))') });
    expect(nestedOnly.body.status).toBe('forbidden');
  });
});

describe('(a) listings keep their meaning with hostile names around', () => {
  it('each team still lists exactly its objects', async () => {
    // hostile names in every kind of zone, written by the admin
    const items = Object.values(NASTY).flatMap((nasty) => [
      { schemaId: SCHEMAS.profile, value: valueFor(oracle, SCHEMAS.profile, `${nasty} ${uniq()}`, ['Search']) },
      { schemaId: SCHEMAS.profile, value: valueFor(oracle, SCHEMAS.profile, `[checkout] ${nasty} ${uniq()}`, ['Infrastructure']) },
      { schemaId: SCHEMAS.metricEvent, value: valueFor(oracle, SCHEMAS.metricEvent, `${nasty} ${uniq()}`, ['Payments']) },
      { schemaId: SCHEMAS.window, value: valueFor(oracle, SCHEMAS.window, `${nasty} ${uniq()}`, ['Checkout', 'Search']) },
      { schemaId: SCHEMAS.slo, value: valueFor(oracle, SCHEMAS.slo, `${nasty} ${uniq()}`, ['Mobile App']) },
    ]);
    await adminCreate(stack, items);
    await expectListingsMatchOracle(oracle, ['Max Member', 'Mia Member', 'Noah Two-Teams', 'Sam Search-Lead']);
  });
});

describe('(c) admin upsert-team with hostile zone names and prefixes', () => {
  it('is refused or stored verbatim, and never breaks the other teams', async () => {
    const teamsBefore = await stack.call(ADMIN, 'list-teams', {});
    const listingsBefore = await Promise.all(['Max Member', 'Mia Member', 'Noah Two-Teams'].map(async (p) => idsOf((await listAllPages(stack, p)).body)));

    // management zones with hostile names (the platform may refuse some names; those are skipped)
    const zoneNames: string[] = [];
    for (const [label, nasty] of Object.entries(NASTY)) {
      const name = `zone ${label} ${nasty}`;
      const r = await stack.platform(ADMIN, 'POST', OBJECTS, [{ schemaId: 'builtin:management-zones', scope: 'environment', value: { name, rules: [] } }]);
      if (r.status === 200 && r.body[0]?.code === 200) zoneNames.push(name);
    }
    expect(zoneNames.length).toBeGreaterThanOrEqual(8);

    const outcomes: Array<{ label: string; status: string }> = [];
    for (const [label, nasty] of Object.entries(NASTY)) {
      const team = {
        id: `inject-${label.toLowerCase()}`.slice(0, 60), displayName: `Inject ${nasty}`.slice(0, 100), members: ['olga.outsider@example.com'], leads: [],
        scope: { kind: 'management-zones', managementZones: zoneNames.filter((z) => z.includes(label)).concat(zoneNames.length ? [] : []) },
        naming: { kind: 'prefix', value: `[${nasty}] `.slice(0, 100), mode: 'enforce' },
        allowedSchemas: [SCHEMAS.profile], notifications: { allowedTypes: ['EMAIL'], emailDomains: ['example.com'], webhookHosts: [], slackChannels: [], mode: 'enforce' },
        quotas: [], scopeMode: 'enforce',
      };
      const r = await stack.call(ADMIN, 'upsert-team', { team });
      expect(r.status).toBe(200);
      expect(contracts['upsert-team'].response.safeParse(r.body).success).toBe(true);
      expect({ label, status: r.body.status }).toEqual({ label, status: expect.stringMatching(/^(ok|invalid)$/) });
      outcomes.push({ label, status: r.body.status });
      if (r.body.status === 'ok') {
        const stored = (await stack.call(ADMIN, 'list-teams', {})).body.teams.find((t: { objectId: string }) => t.objectId === r.body.objectId);
        expect(stored.team.scope.managementZones).toEqual(team.scope.managementZones);
        expect(stored.team.naming).toEqual(team.naming);
        expect(stored.team.displayName).toBe(team.displayName);
      }
    }
    expect(outcomes.filter((o) => o.status === 'ok').length).toBeGreaterThanOrEqual(8);

    // the demo teams are untouched and their members still list exactly the same objects
    const teamsAfter = await stack.call(ADMIN, 'list-teams', {});
    for (const id of ['checkout', 'search', 'mobile']) {
      const pick = (b: any) => b.teams.find((t: { team: { id: string } }) => t.team.id === id);
      expect(pick(teamsAfter.body)).toEqual(pick(teamsBefore.body));
    }
    const listingsAfter = await Promise.all(['Max Member', 'Mia Member', 'Noah Two-Teams'].map(async (p) => idsOf((await listAllPages(stack, p)).body)));
    expect(listingsAfter).toEqual(listingsBefore);
  });

  it('a member of a team with hostile zone names and prefix lists exactly that team\'s objects and writes names verbatim', async () => {
    const label = 'filterClose';
    const zone = `zone ${label} ${NASTY[label]}`;
    const prefix = `[${NASTY[label]}] `;
    // Ada (unrestricted IAM) joins the team, so IAM does not hide anything and only the app's filter decides
    const teams = (await stack.call(ADMIN, 'list-teams', {})).body.teams as Array<{ objectId: string; version: string; team: any }>;
    const t = teams.find((x) => x.team.id === `inject-${label.toLowerCase()}`)!;
    expect(t.team.scope.managementZones).toEqual([zone]);
    const up = await stack.call(ADMIN, 'upsert-team', { objectId: t.objectId, version: t.version, team: { ...t.team, members: ['ada.admin@example.com'], allowedSchemas: [SCHEMAS.profile, SCHEMAS.window] } });
    expect(up.body.status).toBe('ok');

    const fresh = (await stack.platform(ADMIN, 'GET', '/_local/tenant')).body as { managementZones: Array<{ name: string; id: string }> };
    const withTeam = new ScopeOracle({
      ...oracle.tenant,
      zones: fresh.managementZones,
      teams: [...oracle.tenant.teams, { id: t.team.id, zones: [zone], prefix }],
      personas: oracle.tenant.personas.map((p) => (p.name === ADMIN ? { ...p, teams: [t.team.id] } : p)),
    });
    const objects = await adminCreate(stack, [
      { schemaId: SCHEMAS.profile, value: valueFor(withTeam, SCHEMAS.profile, `${prefix}in hostile zone ${uniq()}`, [zone]) },
      { schemaId: SCHEMAS.window, value: valueFor(withTeam, SCHEMAS.window, `${prefix}window ${uniq()}`, [zone]) },
      { schemaId: SCHEMAS.window, value: valueFor(withTeam, SCHEMAS.window, `${prefix}spanning ${uniq()}`, [zone, 'Checkout']) },
    ]);
    const created = await stack.call(ADMIN, 'create-alerting-object', { schemaId: SCHEMAS.profile, value: valueFor(withTeam, SCHEMAS.profile, `${prefix}via app ${uniq()}`, [zone]) });
    expect({ status: created.body.status, diagnostics: created.body.diagnostics }).toEqual({ status: 'ok', diagnostics: undefined });
    const denied = await stack.call(ADMIN, 'create-alerting-object', { schemaId: SCHEMAS.profile, value: valueFor(withTeam, SCHEMAS.profile, `${prefix}in checkout ${uniq()}`, ['Checkout']) });
    expect(denied.body.status).toBe('forbidden');

    await expectListingsMatchOracle(withTeam, [ADMIN, 'Max Member', 'Mia Member']);
    const adaList = await listAllPages(stack, ADMIN);
    expect(idsOf(adaList.body)).toEqual([objects[0]!, objects[1]!, created.body.objectId].sort());
  });
});

describe('(d) generated IAM policies with hostile zone names', () => {
  const zoneValuesOf = (text: string) => parsePolicy(text).policy.statements.flatMap((s) => s.conditions.filter((c) => c.name === 'environment:management-zone').flatMap((c) => c.values));

  const check = (zone: string, role: 'member' | 'lead' | 'admin', templated: boolean) => {
    const r = generatePolicies({ role, zones: [zone, 'Checkout'], templated, team: 'Checkout' });
    if (r.errors.length > 0) {
      expect(r.policies).toEqual([]);
      expect(r.errors.map((e) => e.code)).toEqual(['iam/generate/unsafe-value']);
      return 'refused';
    }
    for (const p of r.policies) {
      const parsed = parsePolicy(p.text);
      expect(parsed.diagnostics).toEqual([]);
      const values = zoneValuesOf(p.text);
      expect(values.length).toBeGreaterThan(0);
      if (templated) {
        expect(values.every((v) => v.parts.length === 1 && v.parts[0]!.kind === 'bindParam')).toBe(true);
        expect(r.bindings.map((b) => Object.values(b.parameters)[0])).toEqual([zone, 'Checkout']);
      } else {
        const texts = values.map((v) => v.parts.map((part) => (part.kind === 'text' ? part.text : `\${${part.kind}:${part.name}}`)).join(''));
        // every management-zone condition names exactly the input zones, verbatim
        expect(new Set(texts)).toEqual(new Set([zone, 'Checkout']));
        // and the policy grants nothing beyond the generated statements (no smuggled statement)
        expect(parsed.policy.statements.every((s) => s.effect === 'ALLOW')).toBe(true);
      }
    }
    return 'round-trip';
  };

  it('the listed hostile names round-trip verbatim or are refused with unsafe-value', () => {
    const outcome: Record<string, string> = {};
    for (const [label, zone] of Object.entries(NASTY)) {
      for (const templated of [false, true]) outcome[`${label}/${templated}`] = check(zone, 'member', templated);
    }
    // quotes of one kind, `//` and `;` are quotable; backslash, both quotes, control characters and `${` are refused
    expect(outcome['singleQuote/false']).toBe('round-trip');
    expect(outcome['doubleQuote/false']).toBe('round-trip');
    expect(outcome['comment/false']).toBe('round-trip');
    expect(outcome['semicolon/false']).toBe('round-trip');
    for (const label of ['bothQuotes', 'backslash', 'newline', 'nul', 'control', 'bindParam', 'global']) expect(outcome[`${label}/false`]).toBe('refused');
  });

  it('any string: round-trip or refusal, for every role and shape (property)', () => {
    fc.assert(fc.property(
      fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), fc.string({ unit: fc.constantFrom('"', "'", '\\', '$', '{', '}', '/', ';', ' ', 'a', '\n', ')', '(', ','), minLength: 1, maxLength: 12 })),
      fc.constantFrom('member' as const, 'lead' as const, 'admin' as const), fc.boolean(),
      (zone, role, templated) => {
        fc.pre(zone !== 'Checkout');
        check(zone, role, templated);
      },
    ), { numRuns: 300 });
  });
});
