// resource-not-released, negative: exception "node-redis v5 close() / destroy() count as
// releases". quit()/disconnect() are deprecated in v5; the subscriber is closed gracefully and
// the blocking reader destroyed on disconnect.
import { createServer } from "node:http";
import { createClient } from "redis";
import { Server } from "socket.io";

const redis = await createClient({ url: process.env.REDIS_URL }).connect();
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", async (socket) => {
  const team = socket.handshake.auth.team;
  const subscriber = redis.duplicate();
  const reader = redis.duplicate();
  let open = true;

  socket.on("disconnect", async () => {
    open = false;
    reader.destroy();
    await subscriber.close();
  });

  await subscriber.connect();
  await subscriber.subscribe(`team:${team}:chat`, (msg) => socket.emit("chat", JSON.parse(msg)));

  await reader.connect();
  let id = "$";
  while (open) {
    const res = await reader.xRead({ key: `team:${team}:events`, id }, { BLOCK: 5000 }).catch(() => null);
    for (const m of res?.[0]?.messages ?? []) {
      id = m.id;
      socket.emit("event", m.message);
    }
  }
});

httpServer.listen(3007);
