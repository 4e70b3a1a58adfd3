// Role: 'disconnect' (the reserved event, by file name): cleanup found from server-side
// state, keyed by this socket's id, whatever the client sent or failed to send.
module.exports = ({ server, socket }, reason) => {
  server.nicknames.forEach((id, name) => {
    if (id === socket.id) server.nicknames.delete(name);
  });
  for (const [code, room] of server.rooms) {
    if (!room.members[socket.id]) continue;
    delete room.members[socket.id];
    if (room.owner === socket.id || Object.keys(room.members).length === 0) {
      server.rooms.delete(code);
      server.to(code).emit('roomClosed', code);
    } else {
      server.to(code).emit('memberLeft', socket.id, reason);
    }
  }
};
