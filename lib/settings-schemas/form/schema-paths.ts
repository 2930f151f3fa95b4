/**
 * Finding one's way in a schema definition: what a `$ref` points at, which property definition
 * a dotted value path (`filters.0.managementZones`) is about, and the object type that holds it.
 * The form model, the edits and the message placement all walk the schema through here.
 */
import type {
  EnumDefinition, ItemDefinition, ObjectTypeDefinition, PropertyDefinition, SchemaDefinition,
} from '../types';

export type Props = Record<string, PropertyDefinition>;
export type Def = PropertyDefinition | ItemDefinition;

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The object type a `#/types/X` reference names (undefined for anything else). */
export function typeOf(schema: SchemaDefinition, def: Def | undefined): ObjectTypeDefinition | undefined {
  const t = def?.type;
  if (typeof t !== 'object' || !t.$ref.startsWith('#/types/')) return undefined;
  const name = t.$ref.slice(8);
  return own(schema.types, name) ? schema.types[name] : undefined;
}

/** The name of the object type a `#/types/X` reference names. */
export function typeNameOf(def: Def | undefined): string | undefined {
  const t = def?.type;
  return typeof t === 'object' && t.$ref.startsWith('#/types/') ? t.$ref.slice(8) : undefined;
}

/** The enum a `#/enums/Y` reference names (undefined for anything else). */
export function enumOf(schema: SchemaDefinition, def: Def | undefined): EnumDefinition | undefined {
  const t = def?.type;
  if (typeof t !== 'object' || !t.$ref.startsWith('#/enums/')) return undefined;
  const name = t.$ref.slice(8);
  return own(schema.enums, name) ? schema.enums[name] : undefined;
}

export const isCollection = (def: Def | undefined): def is PropertyDefinition =>
  def?.type === 'set' || def?.type === 'list';

/** Where a path leads: the definition of the value there and, for a property, its object's properties. */
export interface PathTarget {
  def: Def;
  /** the properties of the object holding it (absent for a collection element) */
  parentProps?: Props;
  /** the name of that object's type ('' for the schema's top level) */
  parentType?: string;
  key: string;
}

/**
 * The definition a dotted value path points at (`severityRules.2.delayInMinutes`), or undefined
 * when the path leaves the schema (an unknown property, an index into a non-collection).
 */
export function targetOf(schema: SchemaDefinition, path: string): PathTarget | undefined {
  if (path === '') return undefined;
  let props: Props | undefined = schema.properties;
  let typeName = '';
  let current: PathTarget | undefined;
  for (const key of path.split('.')) {
    if (current && isCollection(current.def)) {
      if (!/^\d+$/.test(key) || !current.def.items) return undefined;
      current = { def: current.def.items, key };
      const type = typeOf(schema, current.def);
      props = type?.properties;
      typeName = typeNameOf(current.def) ?? '';
      continue;
    }
    if (!props || !own(props, key)) return undefined;
    current = { def: props[key]!, parentProps: props, parentType: typeName, key };
    const type = typeOf(schema, current.def);
    props = type?.properties;
    typeName = typeNameOf(current.def) ?? '';
  }
  return current;
}

/** The properties of the object at a dotted path ('' = the top level), if the path names an object. */
export function propsAt(schema: SchemaDefinition, path: string): Props | undefined {
  if (path === '') return schema.properties;
  const target = targetOf(schema, path);
  return target && !isCollection(target.def) ? typeOf(schema, target.def)?.properties : undefined;
}

/** `a.b.3.c` → `a.b.*.c`: a path with its collection indexes generalised, for per-field tables. */
export function pathPattern(path: string): string {
  return path.replace(/(^|\.)\d+(?=\.|$)/g, '$1*');
}

export const joinPath = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

/** The path of the object holding a property (`a.b.c` → `a.b`, `a` → ''). */
export function parentPath(path: string): string {
  const i = path.lastIndexOf('.');
  return i < 0 ? '' : path.slice(0, i);
}
