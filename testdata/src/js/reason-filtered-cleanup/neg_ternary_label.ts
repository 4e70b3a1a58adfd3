// reason-filtered-cleanup, negative (exception: the reason only picks a label; the
// redis subscriber quit is unconditional).
import { createServer } from 'http';
import { Server, Socket, DisconnectReason } from 'socket.io';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
const httpServer = createServer();
const io = new Server(httpServer);

io.on('connection', (socket: Socket) => {
  const sub = redis.duplicate();
  const room = `ticket:${socket.handshake.query.ticket}`;
  sub.subscribe(room);
  sub.on('message', (_channel: string, body: string) => socket.emit('update', JSON.parse(body)));

  socket.on('disconnect', (reason: DisconnectReason) => {
    const label = reason === 'client namespace disconnect' ? 'closed' : 'lost';
    sub.quit();
    redis.publish('agent-events', JSON.stringify({ room, label }));
  });
});

httpServer.listen(4100);
