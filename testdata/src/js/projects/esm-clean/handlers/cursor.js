// Role: cursor handler module (named export); the re-arming flush timer and the shared cursors entry are released via the exported helper.
import { cursors } from '../state/store.js';

const FLUSH_MS = 50;

export function dropCursor(socketId) {
  cursors.delete(socketId);
}

export function registerCursor(io, socket) {
  let pending = null;
  let flushTimer;

  function flush() {
    if (pending) {
      socket.volatile.broadcast.emit('cursor:moved', pending);
      pending = null;
    }
    flushTimer = setTimeout(flush, FLUSH_MS);
  }
  flush();

  socket.on('cursor:move', ({ x, y }) => {
    pending = { id: socket.id, x, y };
    cursors.set(socket.id, { x, y, at: Date.now() });
  });

  socket.on('disconnect', () => {
    clearTimeout(flushTimer);
  });
}
