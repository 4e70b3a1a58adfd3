// untrusted-cleanup-key, negative (exception: ownership check on the entry's id): a room
// name chosen by the client is deleted on disconnect only if this socket is its host.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

interface Room {
  id: string;
  title: string;
  createdAt: number;
}

const httpServer = createServer();
const io = new Server(httpServer);
const rooms: Record<string, Room> = {};

io.on('connection', (socket: Socket) => {
  let hosted: string | null = null;

  socket.on('create-room', (name: string, title: string) => {
    if (rooms[name]) return;
    rooms[name] = { id: socket.id, title, createdAt: Date.now() };
    hosted = name;
    socket.join(name);
  });

  socket.on('disconnect', () => {
    if (hosted && rooms[hosted]?.id === socket.id) {
      delete rooms[hosted];
      io.to(hosted).emit('room-closed');
    }
  });
});

httpServer.listen(4100);
