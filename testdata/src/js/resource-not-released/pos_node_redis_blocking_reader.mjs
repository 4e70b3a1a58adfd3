// resource-not-released, positive: node-redis. XREAD BLOCK ties up its connection, so each socket
// following an activity stream gets its own client from createClient(). The loop stops on
// disconnect (the flag), but the client itself is never closed: one redis connection per visit.
import { createServer } from "node:http";
import { createClient } from "redis";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", async (socket) => {
  const stream = `activity:${socket.handshake.auth.team}`;
  let active = true;

  socket.on("disconnect", () => {
    active = false;
  });

  const reader = createClient({ url: process.env.REDIS_URL }); // want "createClient.*never released"
  await reader.connect();

  let lastId = "$";
  while (active) {
    const res = await reader.xRead({ key: stream, id: lastId }, { BLOCK: 10000, COUNT: 50 });
    if (!res) continue;
    for (const entry of res[0].messages) {
      lastId = entry.id;
      socket.emit("activity", entry.message);
    }
  }
});

httpServer.listen(4100);
