// Role: chat messages, with the socket's disconnect listener.
module.exports = ({ io, socket }) => {
  socket.on('chat', (room, text) => io.to(room).emit('chat', { from: socket.id, text: String(text) }));
  socket.on('disconnect', (reason) => console.log('left', socket.id, reason));
};
