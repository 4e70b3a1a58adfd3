// Role: barrel module: re-exports every handler module (and the cursor cleanup helper) under one import.
export { default as registerBoard } from './board.js';
export { registerCursor, dropCursor } from './cursor.js';
export * from './ticker.js';
