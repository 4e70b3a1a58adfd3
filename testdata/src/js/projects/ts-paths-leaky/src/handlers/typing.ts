// Role: typing-indicator handler; keeps a per-socket set of rooms and republishes it on an interval that is never cleared.
import { EVENTS } from '@app/events';
import type { AppSocket } from '@app/types';

const TYPING_TTL_MS = 3000;

export function registerTyping(socket: AppSocket): void {
  const typingIn = new Map<string, number>();

  const sweep = setInterval(() => { // want "setInterval .*never cleared"
    const now = Date.now();
    for (const [room, at] of typingIn) {
      if (now - at > TYPING_TTL_MS) typingIn.delete(room);
      socket.to(room).emit(EVENTS.TYPING_STATE, room, now - at > TYPING_TTL_MS ? [] : [socket.data.name]);
    }
  }, 1000);

  socket.on(EVENTS.TYPING, (room) => {
    typingIn.set(room, Date.now());
  });
}
