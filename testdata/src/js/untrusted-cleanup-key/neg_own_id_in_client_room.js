// untrusted-cleanup-key, negative (exception: the removed key is socket.id): the room name
// comes from the 'join' payload, but only this socket's own id is removed from that room's
// member set, so no other client's entry can be evicted.
const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
const members = new Map(); // room -> Set(socket id)

io.on('connection', (socket) => {
  let currentRoom = null;

  socket.on('join', (room) => {
    currentRoom = String(room);
    if (!members.has(currentRoom)) members.set(currentRoom, new Set());
    members.get(currentRoom).add(socket.id);
    socket.join(currentRoom);
    io.to(currentRoom).emit('count', members.get(currentRoom).size);
  });

  socket.on('disconnect', () => {
    if (!currentRoom) return;
    const set = members.get(currentRoom);
    if (!set) return;
    set.delete(socket.id);
    io.to(currentRoom).emit('count', set.size);
  });
});

server.listen(3200);
