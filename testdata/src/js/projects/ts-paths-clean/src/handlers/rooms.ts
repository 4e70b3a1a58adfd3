// Role: room handlers; membership lives in the `@state` registry; cleanup reads socket.rooms in the constant-'disconnecting' handler.
import { EVENTS } from '@app/events';
import { roomMembers, membersOf } from '@state';
import type { AppServer, AppSocket } from '@app/types';

export function registerRoomHandlers(io: AppServer, socket: AppSocket): void {
  socket.on(EVENTS.ROOM_JOIN, (room, ack) => {
    if (!roomMembers.has(room)) roomMembers.set(room, new Set<string>());
    roomMembers.get(room)!.add(socket.id);
    void socket.join(room);
    io.to(room).emit(EVENTS.ROOM_MEMBERS, room, membersOf(room));
    ack(membersOf(room));
  });

  socket.on(EVENTS.ROOM_LEAVE, (room) => {
    roomMembers.get(room)?.delete(socket.id);
    void socket.leave(room);
    io.to(room).emit(EVENTS.ROOM_MEMBERS, room, membersOf(room));
  });

  socket.on(EVENTS.DISCONNECTING, () => {
    for (const room of socket.rooms) {
      roomMembers.get(room)?.delete(socket.id);
      if (roomMembers.get(room)?.size === 0) roomMembers.delete(room);
      socket.to(room).emit(EVENTS.ROOM_MEMBERS, room, membersOf(room));
    }
  });
}
