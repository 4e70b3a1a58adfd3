// Role: remembers the room in the user's session so a reload rejoins it. The store is a
// redis-backed session store keyed by the session id, not an in-memory registry.
module.exports = function registerRoomHandlers(io, socket, store) {
  const { sessionID } = socket.request;
  socket.on('joinRoom', (roomName) => {
    socket.join(roomName);
    store.get(sessionID, (err, sess) => {
      if (sess) store.set(sessionID, { ...sess, room: roomName, lastSocket: socket.id });
    });
  });
  socket.on('disconnect', () => console.log('left', socket.id));
};
