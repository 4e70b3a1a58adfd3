// Negative (exception: a helper that reads param.rooms is called from 'disconnecting',
// not 'disconnect'): matchmaking server cancels pending invites per room.
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const invites = new Map(); // room -> Set of invited user ids

function cancelInvites(sock) {
  for (const room of sock.rooms) {
    if (!invites.has(room)) continue;
    invites.delete(room);
    io.to(room).emit('invites-cancelled', room);
  }
}

io.on('connection', (socket) => {
  socket.on('host', (room) => {
    socket.join(room);
    invites.set(room, new Set());
  });

  socket.on('invite', (room, userId) => {
    const set = invites.get(room);
    if (set) set.add(userId);
    io.to(`user:${userId}`).emit('invited', room);
  });

  socket.on('disconnecting', () => cancelInvites(socket));

  socket.on('disconnect', (reason) => {
    console.log('host gone', socket.id, reason);
  });
});

server.listen(3000);
