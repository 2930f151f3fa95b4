/**
 * Editing a settings value the way the platform reads it: a change to one field re-evaluates the
 * preconditions of that field's siblings, so a property that stops applying is dropped (the
 * platform would ignore it and not store it) and one that starts applying gets its starting
 * value; lists of objects and of text get items added (from the item type's defaults), removed
 * and moved. Every function copies: values are never changed in place.
 *
 * Starting values are the schema's defaults, except where the caller knows better (`Starting`,
 * by path pattern): a maintenance schedule that starts tomorrow instead of in 1970, a new filter
 * in the team's zone.
 */
import { preconditionHolds } from '../preconditions';
import { getAt, setAt } from '../../values/value-path';
import type { SchemaDefinition } from '../types';
import { effectiveGetter } from './fields';
import { isCollection, joinPath, parentPath, pathPattern, propsAt, targetOf, typeOf, type Def, type Props } from './schema-paths';

/** A starting value for the field at a path pattern (`schedule.weeklyRecurrence`), or undefined for the schema's default. */
export type Starting = (pattern: string) => unknown;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
const none: Starting = () => undefined;

/**
 * The value a field starts with when it appears: the caller's starting value, else the schema's
 * default, else for a nested object its own defaults and for a collection an empty one; undefined
 * (left out) for a nullable field or a text the user must still enter.
 */
export function startingValueOf(schema: SchemaDefinition, def: Def, path: string, starting: Starting = none, ignoreNullable = false): unknown {
  const given = starting(pathPattern(path));
  if (given !== undefined) return clone(given);
  if ('default' in def && def.default !== undefined) return clone(def.default);
  if (!ignoreNullable && 'nullable' in def && def.nullable) return undefined;
  if (isCollection(def)) return [];
  const type = typeOf(schema, def);
  return type ? settleObject(schema, type.properties, {}, path, starting) : undefined;
}

/**
 * `obj` with the properties whose precondition fails removed and the ones that hold but are
 * missing filled with their starting value, until nothing changes (a precondition may depend on
 * a property that itself just appeared). Returns `obj` itself when nothing changes.
 */
export function settleObject(schema: SchemaDefinition, props: Props, obj: Obj, path: string, starting: Starting = none): Obj {
  let out = obj;
  for (let round = 0; round <= Object.keys(props).length; round++) {
    let changed = false;
    for (const [key, def] of Object.entries(props)) {
      const active = preconditionHolds(def.precondition, effectiveGetter(props, out));
      const present = Object.hasOwn(out, key) && out[key] !== undefined;
      if (!active && present) {
        out = { ...out };
        delete out[key];
        changed = true;
      } else if (active && !present) {
        const next = startingValueOf(schema, def, joinPath(path, key), starting);
        if (next !== undefined) {
          out = { ...out, [key]: next };
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return out;
}

/** The starting value of a whole object of the schema: what a new object's form begins with. */
export function defaultValueOf(schema: SchemaDefinition, starting: Starting = none): Obj {
  return settleObject(schema, schema.properties, {}, '', starting);
}

function replaceAt(value: Obj, path: string, next: unknown): Obj {
  return path === '' ? (next as Obj) : setAt(value, path, next);
}

/** Re-evaluates the preconditions of the object at `objectPath` (no-op when it is not an object of the schema). */
function settleAt(schema: SchemaDefinition, value: Obj, objectPath: string, starting: Starting): Obj {
  const props = propsAt(schema, objectPath);
  const obj = objectPath === '' ? value : getAt(value, objectPath);
  if (!props || !isObj(obj)) return value;
  const settled = settleObject(schema, props, obj, objectPath, starting);
  return settled === obj ? value : replaceAt(value, objectPath, settled);
}

/**
 * `value` with `next` at `path` (undefined removes the property), and the preconditions of its
 * siblings settled: fields that no longer apply are dropped, fields that now apply start.
 */
export function applyEdit(schema: SchemaDefinition, value: Obj, path: string, next: unknown, starting: Starting = none): Obj {
  return settleAt(schema, setAt(value, path, next), parentPath(path), starting);
}

function listAt(value: Obj, path: string): unknown[] {
  const list = getAt(value, path);
  return Array.isArray(list) ? list : [];
}

/** `value` with a new item at the end of the collection at `path`: the item type's starting value ('' for text). */
export function addItem(schema: SchemaDefinition, value: Obj, path: string, starting: Starting = none): Obj {
  const target = targetOf(schema, path);
  if (!target || !isCollection(target.def) || !target.def.items) return value;
  const list = listAt(value, path);
  const itemPath = joinPath(path, list.length);
  const item = startingValueOf(schema, target.def.items, itemPath, starting, true) ?? '';
  return setAt(value, path, [...list, item]);
}

/** `value` without item `index` of the collection at `path`. */
export function removeItem(value: Obj, path: string, index: number): Obj {
  const list = listAt(value, path);
  if (index < 0 || index >= list.length) return value;
  return setAt(value, path, list.filter((_, i) => i !== index));
}

/** `value` with item `from` of the collection at `path` moved to position `to`. */
export function moveItem(value: Obj, path: string, from: number, to: number): Obj {
  const list = listAt(value, path);
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return value;
  const copy = [...list];
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved);
  return setAt(value, path, copy);
}

/** `value` with the nullable object at `path` added (its starting value) or removed. */
export function toggleOptionalObject(schema: SchemaDefinition, value: Obj, path: string, present: boolean, starting: Starting = none): Obj {
  const target = targetOf(schema, path);
  if (!target) return value;
  const next = present ? startingValueOf(schema, target.def, path, starting, true) : undefined;
  return applyEdit(schema, value, path, next, starting);
}
