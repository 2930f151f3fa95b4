/** The most ids one `resolve-people` call resolves; the UI batches above it (a module of its own: the UI needs the number, not the schemas). */
export const MAX_PEOPLE_PER_CALL = 100;
