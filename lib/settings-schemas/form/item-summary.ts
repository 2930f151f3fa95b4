/**
 * Words for places in a value: a one-line summary of a collection item (from the type's
 * `summaryPattern` when it has one, as Dynatrace's settings pages show them, else its first
 * choices and texts) and the trail of labels that leads to a field
 * (`Severity rules › 2 › Problem send delay in minutes`), so a message can say where it belongs.
 */
import type { SchemaDefinition } from '../types';
import type { FormField } from './fields';
import { enumOf, isCollection, targetOf, typeOf } from './schema-paths';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX = 120;

function shown(schema: SchemaDefinition, props: Obj, key: string, v: unknown): string {
  const def = Object.hasOwn(props, key) ? (props as Record<string, FormField['def']>)[key] : undefined;
  const en = enumOf(schema, def);
  if (en && typeof v === 'string') return en.items.find((i) => i.value === v)?.displayName ?? v;
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string').join(', ');
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** One line saying what a collection item is ('' when nothing can be said). */
export function itemSummary(schema: SchemaDefinition, item: FormField, value: unknown): string {
  if (item.control.kind !== 'object' || !isObj(value)) return typeof value === 'string' ? value : '';
  const { properties, summaryPattern } = item.control;
  let text: string;
  if (summaryPattern) {
    text = summaryPattern.replace(/\{(\w+)\}/g, (_, key: string) => shown(schema, properties, key, value[key]));
  } else {
    text = Object.keys(properties)
      .filter((k) => typeof value[k] === 'string' && value[k] !== '')
      .slice(0, 2)
      .map((k) => shown(schema, properties, k, value[k]))
      .join(' · ');
  }
  text = text.replace(/\s+/g, ' ').replace(/ ([)\],;])/g, '$1').trim();
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

/** The labels from the top of the form down to the field at a dotted path (item numbers 1-based). */
export function fieldTrail(schema: SchemaDefinition, path: string): string[] {
  if (path === '') return [];
  const keys = path.split('.');
  const trail: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const target = targetOf(schema, keys.slice(0, i + 1).join('.'));
    if (!target) break;
    const isElement = i > 0 && isCollection(targetOf(schema, keys.slice(0, i).join('.'))?.def);
    trail.push(isElement ? String(Number(keys[i]) + 1) : 'displayName' in target.def ? (target.def.displayName ?? keys[i]!) : keys[i]!);
    if (!typeOf(schema, target.def) && !isCollection(target.def)) break;
  }
  return trail;
}
