/**
 * Tenant identity and policy data: tokens → personas → groups → policy bindings, compiled into
 * one policy set per persona through lib/iam (cached; dropped on reset). The groups and policies
 * are the demo tenant's (`tenant/demo-iam.ts`) unless a test hands in its own.
 */
import type { Attributes, Decision, IamDeps, PolicyBindingInput } from '../deps';
import { PERSONAS, type Persona } from '../tenant/demo-data';
import { DEMO_IAM, type DemoIam } from '../tenant/demo-iam';

export class TenantIam {
  private readonly byToken = new Map(PERSONAS.map((p) => [p.token, p]));
  private readonly sets = new Map<string, unknown>();
  /** Decisions depend only on (persona, permission, attributes); attributes take few values. */
  private readonly decisions = new Map<string, Decision>();

  constructor(
    private readonly iam: IamDeps,
    private readonly tenantIam: DemoIam = DEMO_IAM,
  ) {}

  authenticate(token: string | undefined): Persona | undefined {
    return token ? this.byToken.get(token) : undefined;
  }

  bindingsOf(persona: Persona): PolicyBindingInput[] {
    const out: PolicyBindingInput[] = [];
    const { groups, policies, boundaries: known } = this.tenantIam;
    for (const g of groups.filter((g) => g.members.includes(persona.email))) {
      for (const b of g.bindings) {
        const policy = policies.find((p) => p.id === b.policyId);
        if (!policy) throw new Error(`demo tenant: group ${g.name} binds unknown policy ${b.policyId}`);
        const boundaries = (b.boundaries ?? []).map((id) => {
          const bd = known.find((x) => x.id === id);
          if (!bd) throw new Error(`demo tenant: unknown boundary ${id}`);
          return bd.boundaryQuery;
        });
        out.push({
          name: `${g.name} / ${policy.name}`,
          text: policy.statementQuery,
          ...(b.parameters ? { params: b.parameters } : {}),
          ...(boundaries.length ? { boundaries } : {}),
        });
      }
    }
    return out;
  }

  private policySet(persona: Persona): unknown {
    let set = this.sets.get(persona.id);
    if (set === undefined) {
      set = this.iam.compilePolicySet(this.bindingsOf(persona));
      this.sets.set(persona.id, set);
    }
    return set;
  }

  authorize(persona: Persona, permission: string, attributes: Attributes): Decision {
    const key = `${persona.id}\u0000${permission}\u0000${stableKey(attributes)}`;
    let d = this.decisions.get(key);
    if (!d) {
      d = this.iam.evaluate(this.policySet(persona), { permission, attributes });
      if (this.decisions.size > 50_000) this.decisions.clear();
      this.decisions.set(key, d);
    }
    return d;
  }

  reset(): void {
    this.sets.clear();
    this.decisions.clear();
  }
}

function stableKey(a: Attributes): string {
  return Object.keys(a)
    .filter((k) => a[k] !== undefined)
    .sort()
    .map((k) => `${k}=${JSON.stringify(a[k])}`)
    .join('&');
}
