/**
 * An independent oracle for team scoping, written from the demo tenant's team mappings and the
 * trust model in DESIGN.md — deliberately NOT from lib/guardrails or lib/alerting, so a bug in
 * those cannot hide itself in the expected values.
 *
 * Rules (DESIGN.md "Trust model" + the strict-ownership rule of lib/functions/ownership.ts):
 * - a caller's teams come from the caller's identity (demo persona → teams), never the payload;
 *   a payload `teamId` can only narrow the caller's own teams, a foreign one is refused;
 * - an object is owned by a team when it names at least one zone and EVERY zone it names is one
 *   of that team's zones; an object naming no zone (global) or an unknown/unparseable zone is
 *   owned by nobody; an object spanning two teams' zones is owned by neither (even for a caller
 *   in both teams, e.g. Noah: checkout + mobile);
 * - a problem notification has the zones of its alerting profile;
 * - a write is allowed when ONE of the caller's (selected) teams owns the object as it is now
 *   (update, delete) and as it will be (create, update) and the new name starts with that team's
 *   prefix. (Notification targets used by the tests are always on the allowlist; quotas are kept
 *   out of reach by the tests.)
 * - …unless the first such team (in the tenant's team order) has an approval rule naming the
 *   schema and the operation and — when the rule names zones — one of the zones the object has
 *   before or after the change: then the write is refused (it can only be proposed).
 */

export const SCHEMAS = {
  profile: 'builtin:alerting.profile',
  notification: 'builtin:problem.notifications',
  metricEvent: 'builtin:anomaly-detection.metric-events',
  window: 'builtin:alerting.maintenance-window',
  slo: 'builtin:monitoring.slo',
} as const;
export const FIVE_SCHEMAS: string[] = Object.values(SCHEMAS);

export interface OracleApprovalRule {
  schemaIds: string[];
  operations: string[];
  zones?: string[];
}
export interface OracleTeam {
  id: string;
  zones: string[];
  prefix: string;
  approvals?: OracleApprovalRule[];
}
export interface OraclePersona {
  name: string;
  email: string;
  teams: string[];
}
export interface OracleTenant {
  teams: OracleTeam[];
  personas: OraclePersona[];
  zones: Array<{ name: string; id: string }>;
}

export interface StoredObject {
  objectId: string;
  schemaId: string;
  value: Record<string, unknown>;
}

/** The zones an object names: a list of names, or `unknown` (fails closed: owned by nobody). */
export type Zones = { kind: 'zones'; names: string[] } | { kind: 'unknown' };

const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

export class ScopeOracle {
  constructor(readonly tenant: OracleTenant) {}

  teamsOf(personaName: string): OracleTeam[] {
    const p = this.tenant.personas.find((x) => x.name === personaName);
    if (!p) throw new Error(`oracle: unknown persona ${personaName}`);
    return p.teams.map((id) => this.team(id));
  }
  team(id: string): OracleTeam {
    const t = this.tenant.teams.find((x) => x.id === id);
    if (!t) throw new Error(`oracle: unknown team ${id}`);
    return t;
  }
  zoneName(id: string): string | undefined {
    return this.tenant.zones.find((z) => z.id === id)?.name;
  }
  zoneId(name: string): string {
    const z = this.tenant.zones.find((x) => x.name === name);
    if (!z) throw new Error(`oracle: unknown zone ${name}`);
    return z.id;
  }

  /** Zones of a value, read the way the design describes each schema (own code, not lib/alerting). */
  zonesOf(schemaId: string, value: unknown, profiles: (id: string) => unknown): Zones {
    const v = obj(value);
    if (!v) return { kind: 'unknown' };
    const byIds = (ids: unknown[]): Zones => {
      const names: string[] = [];
      for (const id of ids) {
        const n = typeof id === 'string' ? this.zoneName(id) : undefined;
        if (n === undefined) return { kind: 'unknown' };
        names.push(n);
      }
      return { kind: 'zones', names };
    };
    switch (schemaId) {
      case SCHEMAS.profile:
        return v.managementZone === undefined || v.managementZone === null || v.managementZone === '' ? { kind: 'zones', names: [] } : byIds([v.managementZone]);
      case SCHEMAS.notification: {
        const p = typeof v.alertingProfile === 'string' ? profiles(v.alertingProfile) : undefined;
        return p === undefined ? { kind: 'unknown' } : this.zonesOf(SCHEMAS.profile, p, () => undefined);
      }
      case SCHEMAS.metricEvent: {
        const q = obj(v.queryDefinition);
        if (!q || q.managementZone === undefined || q.managementZone === null || q.managementZone === '') return { kind: 'zones', names: [] };
        const conds = (obj(q.entityFilter)?.conditions as unknown[] | undefined) ?? [];
        const extra = conds.filter((c) => obj(c)?.type === 'MANAGEMENT_ZONE').map((c) => obj(c)!.value);
        return byIds([q.managementZone, ...extra]);
      }
      case SCHEMAS.window: {
        const filters = v.filters as unknown[] | undefined;
        if (!Array.isArray(filters) || filters.length === 0) return { kind: 'zones', names: [] };
        const ids: unknown[] = [];
        for (const f of filters) {
          const mzs = obj(f)?.managementZones;
          if (!Array.isArray(mzs) || mzs.length === 0) return { kind: 'zones', names: [] }; // a filter without zones matches everything
          ids.push(...mzs);
        }
        return byIds(ids);
      }
      case SCHEMAS.slo: {
        const f = v.filter;
        if (f === undefined || f === null || f === '') return { kind: 'zones', names: [] };
        if (typeof f !== 'string') return { kind: 'unknown' };
        // Top-level mzName("…")/mzId(n) criteria only: criteria nested in not(...) or in a
        // relationship do not scope the SLO's own entities (documented product decision). Quoted
        // values use `~` as the escape character; an unbalanced selector is unknown (fail closed).
        const names: string[] = [];
        let depth = 0;
        for (let i = 0; i < f.length; i++) {
          const c = f[i]!;
          if (c === '"') {
            let j = i + 1;
            while (j < f.length && f[j] !== '"') j += f[j] === '~' ? 2 : 1;
            if (j >= f.length) return { kind: 'unknown' };
            i = j;
          } else if (c === '(') depth++;
          else if (c === ')') {
            if (--depth < 0) return { kind: 'unknown' };
          } else if (depth === 0 && (f.startsWith('mzName(', i) || f.startsWith('mzId(', i)) && (i === 0 || /[\s,]/.test(f[i - 1]!))) {
            const m = /^mzName\(\s*"((?:[^"~]|~.)*)"\s*\)|^mzId\(\s*(-?\d+)\s*\)/.exec(f.slice(i));
            if (!m) return { kind: 'unknown' };
            if (m[1] !== undefined) names.push(m[1].replace(/~(.)/g, '$1'));
            else {
              const n = this.zoneName(m[2]!);
              if (n === undefined) return { kind: 'unknown' };
              names.push(n);
            }
            i += m[0].length - 1;
          }
        }
        if (depth !== 0) return { kind: 'unknown' };
        if (names.some((n) => !this.tenant.zones.some((z) => z.name === n))) return { kind: 'unknown' };
        return { kind: 'zones', names };
      }
      default:
        return { kind: 'unknown' };
    }
  }

  /** The team (of `candidates`) owning an object with these zones, if exactly one such team fits. */
  owner(zones: Zones, candidates: readonly OracleTeam[]): OracleTeam | undefined {
    if (zones.kind !== 'zones' || zones.names.length === 0) return undefined;
    return candidates.find((t) => zones.names.every((n) => t.zones.includes(n)));
  }

  /** Expected answer of a write through the app. */
  expectWrite(w: {
    persona: string;
    teamId?: string;
    schemaId: string;
    operation: 'create' | 'update' | 'delete';
    before?: Zones;
    after?: Zones;
    afterName?: string;
  }): 'ok' | 'forbidden' {
    let teams = this.teamsOf(w.persona);
    if (w.teamId !== undefined) {
      if (!teams.some((t) => t.id === w.teamId)) return 'forbidden';
      teams = teams.filter((t) => t.id === w.teamId);
    }
    const fitting = teams.find((t) => {
      if (w.operation !== 'create' && this.owner(w.before!, [t]) === undefined) return false;
      if (w.operation !== 'delete') {
        if (this.owner(w.after!, [t]) === undefined) return false;
        if (!(w.afterName ?? '').startsWith(t.prefix)) return false;
      }
      return true;
    });
    if (!fitting) return 'forbidden';
    // the object is the team's: its zones before and after are all known names
    const touched = [w.before, w.after].flatMap((z) => (z?.kind === 'zones' ? z.names : []));
    const held = (fitting.approvals ?? []).some((r) => r.schemaIds.includes(w.schemaId) && r.operations.includes(w.operation)
      && (r.zones === undefined || r.zones.some((z) => touched.includes(z))));
    return held ? 'forbidden' : 'ok';
  }

  /** The objects of an admin snapshot that the persona's app listing must show (owned by one of its teams). */
  visibleTo(persona: string, snapshot: ReadonlyMap<string, StoredObject>, teamId?: string): Set<string> {
    const teams = this.teamsOf(persona).filter((t) => teamId === undefined || t.id === teamId);
    const profiles = (id: string) => {
      const p = snapshot.get(id);
      return p && p.schemaId === SCHEMAS.profile ? p.value : undefined;
    };
    const out = new Set<string>();
    for (const o of snapshot.values()) {
      if (this.owner(this.zonesOf(o.schemaId, o.value, profiles), teams)) out.add(o.objectId);
    }
    return out;
  }

  /** Whether a persona may see/change an object of the snapshot at all (owned by one of its teams). */
  ownedByPersona(persona: string, o: StoredObject, snapshot: ReadonlyMap<string, StoredObject>): boolean {
    const profiles = (id: string) => {
      const p = snapshot.get(id);
      return p && p.schemaId === SCHEMAS.profile ? p.value : undefined;
    };
    return this.owner(this.zonesOf(o.schemaId, o.value, profiles), this.teamsOf(persona)) !== undefined;
  }
}

export const zonesNamed = (...names: string[]): Zones => ({ kind: 'zones', names });
