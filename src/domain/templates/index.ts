// Protocol templates: types, built-in defaults, repair-on-read, lookup, photo checklist.
export * from './types';
export * from './builtIn';
export * from './validate';
export * from './registry';
export * from './checklist';
export * from './sideEffects';
