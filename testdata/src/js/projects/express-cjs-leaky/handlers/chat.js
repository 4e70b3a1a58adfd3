// Role: chat handler module, `require('./handlers/chat')(io, socket)` per connection; leaks its unread-count interval.
const MAX_LEN = 2000;

module.exports = (io, socket) => {
  let unread = 0;

  const unreadPush = setInterval(() => { // want "setInterval .*never cleared"
    if (unread > 0) socket.emit('chat:unread', unread);
  }, 5000);

  socket.on('chat:join', (channel) => {
    socket.join(`chan:${channel}`);
    socket.emit('chat:joined', channel);
  });

  socket.on('chat:message', ({ channel, text }, ack) => {
    if (typeof text !== 'string' || text.length > MAX_LEN) return ack?.({ error: 'invalid' });
    socket.to(`chan:${channel}`).emit('chat:message', { from: socket.id, channel, text, at: Date.now() });
    ack?.({ ok: true });
  });

  socket.on('chat:read', () => {
    unread = 0;
  });

  socket.on('chat:mention', () => {
    unread += 1;
  });

  socket.on('disconnect', () => {
    io.emit('chat:left', socket.id);
  });
};
