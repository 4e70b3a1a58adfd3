// resource-not-released, positive: a dedicated ioredis subscriber made with duplicate() for each
// socket's private channels (ioredis cannot share a subscriber-mode connection for per-user
// channel sets). Disconnect only drops the presence key: the connection stays open forever.
import { createServer } from "node:http";
import { Server } from "socket.io";
import Redis from "ioredis";

const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  const userId = socket.handshake.auth.userId;
  if (!userId) return socket.disconnect(true);

  const sub = redis.duplicate(); // want "duplicate.*never released"
  sub.subscribe(`user:${userId}:inbox`, `user:${userId}:alerts`);
  sub.on("message", (channel, payload) => {
    const kind = channel.endsWith(":inbox") ? "message" : "alert";
    socket.emit(kind, JSON.parse(payload));
  });

  redis.set(`presence:${userId}`, socket.id, "EX", 120);

  socket.on("send", async ({ to, text }) => {
    const msg = JSON.stringify({ from: userId, text, at: Date.now() });
    await redis.publish(`user:${to}:inbox`, msg);
  });

  socket.on("disconnect", async () => {
    await redis.del(`presence:${userId}`);
  });
});

httpServer.listen(Number(process.env.PORT ?? 3001));
