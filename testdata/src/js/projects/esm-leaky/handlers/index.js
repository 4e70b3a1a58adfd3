// Role: barrel module: re-exports every handler module under one import.
export { default as registerBoard } from './board.js';
export { registerCursor } from './cursor.js';
export * from './ticker.js';
