// Role: 'disconnected': a custom event the client is expected to send before it leaves.
// It is not the reserved 'disconnect', and the client names what to clean.
module.exports = ({ server, socket }, code, userName) => {
  const room = server.rooms.get(code);
  delete room.members[socket.id]; // want "custom 'disconnected' event removes from an entry the client picks .code."
  server.nicknames.delete(userName); // want "custom 'disconnected' event is keyed by client-controlled event payload .userName."
  if (room.owner === socket.id) server.rooms.delete(code);
  server.to(code).emit('memberLeft', socket.id);
};
