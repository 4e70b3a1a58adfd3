// Positive: presence module exported as a function of `io` (CommonJS-style factory in
// TypeScript). The async 'disconnect' handler iterates socket.rooms to update a redis
// hash; the loop body never runs because the rooms are already gone.
import type { Server, Socket } from 'socket.io';
import type { Redis } from 'ioredis';

type PresenceState = 'online' | 'away';

export default function presence(io: Server, redis: Redis): void {
  io.on('connection', (socket: Socket) => {
    const user: string = socket.handshake.auth.user;

    socket.on('presence', async (room: string, state: PresenceState) => {
      await socket.join(room);
      await redis.hset(`presence:${room}`, user, state);
      io.to(room).emit('presence', { user, state });
    });

    socket.on('disconnect', async () => {
      const rooms: string[] = [...socket.rooms]; // want "always empty"
      await Promise.all(rooms.map((room) => redis.hdel(`presence:${room}`, user)));
    });
  });
}
