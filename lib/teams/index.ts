/** Team mappings: model, membership, validation, naming patterns, the zone name ↔ id table, and a team's new objects. */
export * from './model';
export * from './membership';
export * from './validate';
export * from './naming-pattern';
export * from './zones';
export * from './new-object';
export * from './team-input';
