// Role: typing indicators; the per-socket sweep interval is never cleared.
module.exports = ({ io, socket }) => {
  const typing = new Set();
  socket.on('typing', (room) => {
    typing.add(room);
    socket.to(room).emit('typing', socket.id);
  });
  setInterval(() => { // want "setInterval"
    for (const room of typing) socket.to(room).emit('stopTyping', socket.id);
    typing.clear();
  }, 3000);
};
