/**
 * Small constructors for writing schema definitions compactly and consistently. They only build
 * plain `SchemaDefinitionRestDto`-shaped data; nothing here validates.
 */
import type {
  ComplexConstraint, EnumDefinition, ItemDefinition, ObjectTypeDefinition, Precondition,
  PrimitiveType, PropertyConstraint, PropertyDefinition, RefType,
} from './types';

export interface PropOptions {
  description?: string;
  nullable?: boolean;
  default?: unknown;
  precondition?: Precondition;
  constraints?: PropertyConstraint[];
  subType?: string;
  referencedType?: string;
  forceSecretResubmission?: boolean;
  modificationPolicy?: PropertyDefinition['modificationPolicy'];
}

export interface CollectionOptions extends PropOptions {
  min?: number;
  max: number;
}

function build(type: PropertyDefinition['type'], displayName: string, o: PropOptions): PropertyDefinition {
  const p: PropertyDefinition = {
    type,
    displayName,
    description: o.description ?? '',
    nullable: o.nullable ?? false,
    maxObjects: 1,
    modificationPolicy: o.modificationPolicy ?? 'DEFAULT',
  };
  if (o.default !== undefined) p.default = o.default;
  if (o.precondition) p.precondition = o.precondition;
  if (o.constraints?.length) p.constraints = o.constraints;
  if (o.subType) p.subType = o.subType;
  if (o.referencedType) p.referencedType = o.referencedType;
  if (o.forceSecretResubmission) p.forceSecretResubmission = true;
  return p;
}

export const text = (name: string, o: PropOptions = {}) => build('text', name, o);
export const secret = (name: string, o: PropOptions = {}) => build('secret', name, o);
export const bool = (name: string, o: PropOptions = {}) => build('boolean', name, o);
export const integer = (name: string, o: PropOptions = {}) => build('integer', name, o);
export const float = (name: string, o: PropOptions = {}) => build('float', name, o);
export const setting = (name: string, referencedType: string, o: PropOptions = {}) =>
  build('setting', name, { ...o, referencedType });
export const primitive = (type: PrimitiveType, name: string, o: PropOptions = {}) => build(type, name, o);
/** A property whose type is a `#/types/X` object or an `#/enums/Y` enum. */
export const ref = (target: RefType, name: string, o: PropOptions = {}) => build(target, name, o);

function collection(kind: 'set' | 'list', items: ItemDefinition, name: string, o: CollectionOptions): PropertyDefinition {
  const p = build(kind, name, o);
  p.items = items;
  p.minObjects = o.min ?? 0;
  p.maxObjects = o.max;
  return p;
}
export const setOf = (items: ItemDefinition, name: string, o: CollectionOptions) => collection('set', items, name, o);
export const listOf = (items: ItemDefinition, name: string, o: CollectionOptions) => collection('list', items, name, o);
export const item = (type: PrimitiveType | RefType, extra: Omit<ItemDefinition, 'type'> = {}): ItemDefinition => ({ type, ...extra });

export const typeRef = (name: string): RefType => ({ $ref: `#/types/${name}` });
export const enumRef = (name: string): RefType => ({ $ref: `#/enums/${name}` });

export function objectType(displayName: string, properties: Record<string, PropertyDefinition>,
  constraints?: ComplexConstraint[], summaryPattern?: string): ObjectTypeDefinition {
  const t: ObjectTypeDefinition = { type: 'object', displayName, description: '', properties };
  if (constraints?.length) t.constraints = constraints;
  if (summaryPattern) t.summaryPattern = summaryPattern;
  return t;
}

/** Enum from `[value, displayName]` pairs or bare values (display name = value). */
export function enumOf(displayName: string, values: Array<string | [string, string]>): EnumDefinition {
  return {
    type: 'enum', displayName, description: '',
    items: values.map((v) => (typeof v === 'string' ? { value: v, displayName: v } : { value: v[0], displayName: v[1] })),
  };
}

// Constraints
export const len = (minLength: number | undefined, maxLength?: number): PropertyConstraint => {
  const c: PropertyConstraint = { type: 'LENGTH' };
  if (minLength !== undefined) c.minLength = minLength;
  if (maxLength !== undefined) c.maxLength = maxLength;
  return c;
};
export const pattern = (p: string, customMessage?: string): PropertyConstraint =>
  customMessage ? { type: 'PATTERN', pattern: p, customMessage } : { type: 'PATTERN', pattern: p };
export const range = (minimum?: number, maximum?: number): PropertyConstraint => {
  const c: PropertyConstraint = { type: 'RANGE' };
  if (minimum !== undefined) c.minimum = minimum;
  if (maximum !== undefined) c.maximum = maximum;
  return c;
};
export const notBlank: PropertyConstraint = { type: 'NOT_BLANK' };
export const trimmed: PropertyConstraint = { type: 'TRIMMED' };
export const validator = (customValidatorId: string, customMessage?: string): PropertyConstraint & ComplexConstraint =>
  customMessage
    ? { type: 'CUSTOM_VALIDATOR_REF', customValidatorId, customMessage, skipAsyncValidation: false }
    : { type: 'CUSTOM_VALIDATOR_REF', customValidatorId, skipAsyncValidation: false };

// Preconditions
export const eq = (property: string, expectedValue: unknown): Precondition => ({ type: 'EQUALS', property, expectedValue });
export const isIn = (property: string, expectedValues: unknown[]): Precondition => ({ type: 'IN', property, expectedValues });
export const isNull = (property: string): Precondition => ({ type: 'NULL', property });
export const not = (precondition: Precondition): Precondition => ({ type: 'NOT', precondition });
export const and = (...preconditions: Precondition[]): Precondition => ({ type: 'AND', preconditions });
export const or = (...preconditions: Precondition[]): Precondition => ({ type: 'OR', preconditions });
