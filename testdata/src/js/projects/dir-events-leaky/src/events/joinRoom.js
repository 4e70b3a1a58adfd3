// Role: 'joinRoom': membership recorded in the room record, keyed by socket id.
module.exports = ({ server, socket }, userName, code) => {
  const room = server.rooms.get(code);
  if (!room) return socket.emit('roomNotFound', code);
  room.members[socket.id] = userName; // want "socket.id is added to room.members"
  server.nicknames.set(userName, socket.id); // want "socket.id is added to server.nicknames"
  room.messages.push({ from: socket.id, text: `${userName} joined` });
  socket.join(code);
  server.to(code).emit('memberJoined', userName, socket.id);
};
