/**
 * A small declarative language for how a Settings value maps onto a Terraform resource of the
 * dynatrace-oss provider, so each resource is written as data (resource-specs.ts,
 * notification-specs.ts) and one walker (hcl-body.ts) applies it. Each JSON property is one of:
 * an attribute, a nested block, repeated blocks, a wrapper block holding repeated item blocks
 * (the provider's `rules { rule {…} rule {…} }` shape), flattened into the parent (notification
 * settings), or dropped because the resource expresses it otherwise (a `type` discriminator).
 */

export type FieldSpec =
  | { attr: string }
  | { block: string; spec: ObjectSpec }
  | { blocks: string; spec: ObjectSpec }
  | { wrapper: string; item: string; spec: ObjectSpec }
  | { flatten: ObjectSpec }
  | { drop: string };

/** JSON property → how it is written. */
export type ObjectSpec = Readonly<Record<string, FieldSpec>>;

export interface ResourceSpec {
  /** the provider's resource type, e.g. `dynatrace_alerting` */
  type: string;
  spec: ObjectSpec;
}

export const attr = (name: string): FieldSpec => ({ attr: name });
export const block = (name: string, spec: ObjectSpec): FieldSpec => ({ block: name, spec });
export const blocks = (name: string, spec: ObjectSpec): FieldSpec => ({ blocks: name, spec });
export const wrapper = (name: string, item: string, spec: ObjectSpec): FieldSpec => ({ wrapper: name, item, spec });
export const flatten = (spec: ObjectSpec): FieldSpec => ({ flatten: spec });
export const drop = (why: string): FieldSpec => ({ drop: why });

/** Properties written under the same name in snake_case (`alertOnNoData` → `alert_on_no_data`). */
export function snake(...names: string[]): Record<string, FieldSpec> {
  return Object.fromEntries(names.map((n) => [n, attr(n.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase())]));
}
