// client-not-untracked, positive: the only cleanup is a custom 'disconnected' event that
// the client is expected to send before leaving. It is not the reserved 'disconnect': a
// client whose connection drops (network loss, closed laptop, ping timeout) never sends
// it, so its roomOf entry stays for the life of the process.
import { Server } from 'socket.io';

const io = new Server(3000);
const roomOf = new Map(); // socket.id -> room

io.on('connection', (socket) => {
  socket.on('join', (room) => {
    roomOf.set(socket.id, String(room)); // want "added to roomOf.*custom event the client must emit"
    socket.join(String(room));
  });

  socket.on('disconnected', () => {
    const room = roomOf.get(socket.id);
    roomOf.delete(socket.id);
    if (room) io.to(room).emit('left', socket.id);
  });
});
