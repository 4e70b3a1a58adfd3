// timer-not-cleared, positive: module.exports = (io, redis) => ..., a namespace held in a variable,
// and a keepalive interval cleared only in socket.conn.on('close') (fires only when the whole
// transport closes, so it misses namespace-only disconnects: not the disconnect path).
const { promisify } = require('util');

module.exports = function attachLive(io, redis) {
  const live = io.of('/live');
  const sadd = promisify(redis.sadd).bind(redis);
  const srem = promisify(redis.srem).bind(redis);

  live.on('connection', async (socket) => {
    const channel = socket.handshake.query.channel || 'lobby';
    socket.join(channel);
    await sadd(`viewers:${channel}`, socket.id);

    const keepalive = setInterval(() => { // want "setInterval started for this socket is never cleared.*disconnect handler at line 28"
      socket.emit('ka', { t: Date.now() });
    }, 20000);

    socket.on('react', (emoji) => {
      live.to(channel).emit('reaction', { emoji, from: socket.id });
    });

    socket.conn.on('close', () => {
      clearInterval(keepalive);
    });

    socket.on('disconnect', async () => {
      await srem(`viewers:${channel}`, socket.id);
    });
  });
};
