/** Team mappings: model, membership, validation, naming patterns and the zone name ↔ id table. */
export * from './model';
export * from './membership';
export * from './validate';
export * from './naming-pattern';
export * from './zones';
