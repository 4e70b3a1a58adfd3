// Role: 'createRoom': a room record owned by this socket, kept on the server object.
const { randomUUID } = require('crypto');

module.exports = ({ server, socket }, userName, title) => {
  const code = randomUUID().slice(0, 8);
  const room = {
    title: String(title).slice(0, 64),
    owner: socket.id,
    members: { [socket.id]: userName },
    messages: [],
  };
  server.rooms.set(code, room);
  socket.join(code);
  socket.emit('roomCreated', code);
};
