// Role: cursor handler module (named export); writes into the shared cursors Map and batches updates with a re-arming timeout.
import { cursors } from '../state/store.js';

const FLUSH_MS = 50;

export function registerCursor(io, socket) {
  let pending = null;
  let flushTimer;

  function flush() {
    if (pending) {
      socket.volatile.broadcast.emit('cursor:moved', pending);
      pending = null;
    }
    flushTimer = setTimeout(flush, FLUSH_MS); // want "re-arming setTimeout .*never cleared"
  }
  flush();

  socket.on('cursor:move', ({ x, y }) => {
    pending = { id: socket.id, x, y };
    cursors.set(socket.id, { x, y, at: Date.now() }); // want "added to cursors"
  });
}
