// Positive: notification fan-out. The handler subscribes a dedicated redis connection
// to each of the user's channels in a loop (await inside the loop), then registers the
// disconnect listener that would quit that connection.
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { createClient } from 'redis';

const httpServer = createServer();
const io = new Server(httpServer);
const base = createClient({ url: process.env.REDIS_URL });
await base.connect();

io.on('connection', async (socket) => {
  const sub = base.duplicate();
  sub.connect().catch((err) => socket.emit('error', err.message));
  const channels = [`user:${socket.handshake.auth.userId}`, 'broadcast'];
  for (const channel of channels) {
    await sub.subscribe(channel, (message) => socket.emit('notification', { channel, message }));
  }

  socket.on('disconnect', () => { // want "after the await at line 18"
    sub.quit().catch(() => {});
  });
});

httpServer.listen(3000);
