// Negative (exception: nested removal `rooms.get(room)?.delete(socket.id)` on the
// disconnect path): the room a socket joined is remembered per socket, and its id is
// removed from the nested Set (and the empty room dropped) on disconnect.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

interface ServerToClient {
  members: (room: string, ids: string[]) => void;
}
interface ClientToServer {
  join: (room: string) => void;
}

const httpServer = createServer();
const io = new Server<ClientToServer, ServerToClient>(httpServer);

const rooms = new Map<string, Set<string>>();

function members(room: string): string[] {
  return [...(rooms.get(room) ?? [])];
}

io.on('connection', (socket: Socket<ClientToServer, ServerToClient>) => {
  let current: string | undefined;

  socket.on('join', (room) => {
    if (!rooms.has(room)) rooms.set(room, new Set<string>());
    rooms.get(room)?.add(socket.id);
    current = room;
    void socket.join(room);
    io.to(room).emit('members', room, members(room));
  });

  socket.on('disconnect', () => {
    if (!current) return;
    rooms.get(current)?.delete(socket.id);
    if (rooms.get(current)?.size === 0) rooms.delete(current);
    io.to(current).emit('members', current, members(current));
  });
});

httpServer.listen(3003);
