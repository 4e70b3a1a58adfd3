// resource-not-released, negative: exception "released through a same-file helper called from the
// disconnect handler". The per-socket ioredis subscriber from duplicate() is quit in teardown().
import { createServer } from "http";
import Redis from "ioredis";
import { Server, Socket } from "socket.io";

interface Notice { kind: "mention" | "reply"; threadId: string; from: string }

const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const httpServer = createServer();
const io = new Server(httpServer);
const online = new Map<string, string>();

io.on("connection", (socket: Socket) => {
  const userId: string = socket.handshake.auth.userId;
  online.set(socket.id, userId);

  const sub = redis.duplicate();
  sub.subscribe(`notices:${userId}`);
  sub.on("message", (_channel: string, raw: string) => {
    const notice: Notice = JSON.parse(raw);
    socket.emit("notice", notice);
  });

  const teardown = async (): Promise<void> => {
    online.delete(socket.id);
    await sub.unsubscribe();
    await sub.quit();
  };

  socket.on("disconnect", (reason: string) => {
    console.log(`user ${userId} left: ${reason}`);
    teardown().catch((err) => console.error("teardown failed", err));
  });
});

httpServer.listen(3001);
