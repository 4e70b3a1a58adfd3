// Positive: notification fan-out module that receives `io`. The registries live in the
// enclosing function (they outlive every socket). The socket is added to a nested
// per-topic Set, and a device record built from an alias of the socket's id is stored
// by user id; the disconnect handler only drops the unread cache.
import { Server, Socket } from 'socket.io';

interface Device {
  socketId: string;
  platform: 'web' | 'ios' | 'android';
  connectedAt: number;
}

type Topic = `user:${string}` | `team:${string}`;

export function registerNotifications(io: Server): void {
  const subscribers = new Map<Topic, Set<Socket>>();
  const devices = new Map<string, Device>();
  const unreadCache = new Map<string, number>();
  const nsp = io.of('/notifications');

  nsp.on('connection', (socket: Socket) => {
    const client = socket;
    const userId = String(client.handshake.auth.userId);
    devices.set(userId, { socketId: client.id, platform: 'web', connectedAt: Date.now() }); // want "added to devices"

    client.on('subscribe', (topic: Topic) => {
      if (!subscribers.has(topic)) subscribers.set(topic, new Set<Socket>());
      subscribers.get(topic)!.add(client); // want "added to subscribers"
      client.emit('subscribed', topic);
    });

    client.on('disconnect', () => {
      unreadCache.delete(userId);
    });
  });

  setInterval(() => {
    for (const [topic, sockets] of subscribers) {
      for (const s of sockets) s.emit('heartbeat', { topic, devices: devices.size });
    }
  }, 30_000).unref();
}
