// Role: 'message': chat history. Each entry names its author's socket id; the history is
// content that outlives its authors, not per-connection state.
module.exports = ({ server, socket }, code, text) => {
  const room = server.rooms.get(code);
  if (!room || !room.members[socket.id]) return;
  const entry = { from: socket.id, text: String(text).slice(0, 500), at: Date.now() };
  room.messages.push(entry);
  if (room.messages.length > 200) room.messages.shift();
  socket.to(code).emit('message', entry);
};
