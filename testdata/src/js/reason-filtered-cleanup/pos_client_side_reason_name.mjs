// reason-filtered-cleanup, positive: the author used the CLIENT-side reason name
// 'io client disconnect', which the server never reports (server reasons are
// 'client namespace disconnect', 'transport close', ...). The per-socket redis
// subscriber is therefore never quit.
import { createServer } from "node:http";
import { Server } from "socket.io";
import Redis from "ioredis";

const redis = new Redis(process.env.REDIS_URL);
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", async (socket) => {
  const sub = redis.duplicate();
  const channel = `orders:${socket.handshake.auth.shopId}`;

  socket.on("disconnect", (reason) => {
    if (reason === "io client disconnect") { // want "runs only when"
      sub.quit();
    }
  });

  sub.on("message", (_ch, payload) => socket.emit("order", JSON.parse(payload)));
  await sub.subscribe(channel);
});

httpServer.listen(3100);
