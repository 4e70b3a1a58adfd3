// untrusted-cleanup-key, negative: with only a custom 'disconnected' event as cleanup, the
// handler still looks the entries up from server-side state keyed by socket.id and ignores
// what the client sent. (The entries still leak when the client drops without sending it:
// that is client-not-untracked's finding, at the insertions.)
import { Server } from 'socket.io';

const io = new Server(3000);
const roomOf = new Map(); // socket.id -> room

io.on('connection', (socket) => {
  socket.on('join', (room) => {
    roomOf.set(socket.id, String(room));
    socket.join(String(room));
  });

  socket.on('disconnected', (_claimedRoom) => {
    const room = roomOf.get(socket.id);
    roomOf.delete(socket.id);
    if (room) io.to(room).emit('left', socket.id);
  });
});
