// resource-not-released, positive: ioredis `new Redis()` per socket for a pattern subscription on
// the tenant's rooms. The connection is quit only in socket.on("error"), which is not the
// disconnect path (a normal close or a ping timeout never emits it).
import { createServer } from "http";
import Redis from "ioredis";
import { Server, Socket } from "socket.io";

type ChatLine = { room: string; user: string; text: string; at: number };

const REDIS_URL = process.env.REDIS_URL ?? "redis://localhost:6379";
const publisher = new Redis(REDIS_URL);
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket: Socket) => {
  const tenant: string = socket.handshake.auth.tenant;
  const user: string = socket.handshake.auth.user;

  const sub = new Redis(REDIS_URL, { lazyConnect: false }); // want "Redis.*never released"
  sub.psubscribe(`chat:${tenant}:*`);
  sub.on("pmessage", (_pattern: string, channel: string, raw: string) => {
    const line: ChatLine = JSON.parse(raw);
    socket.emit("line", { ...line, room: channel.split(":")[2] });
  });

  socket.on("say", ({ room, text }: { room: string; text: string }) => {
    const line: ChatLine = { room, user, text, at: Date.now() };
    publisher.publish(`chat:${tenant}:${room}`, JSON.stringify(line));
  });

  socket.on("error", (err: Error) => {
    console.error(`socket ${socket.id} error`, err);
    sub.quit();
  });
});

httpServer.listen(3800);
