// unguarded-disconnect-handler, positive: a 'disconnecting' listener that awaits inside a
// loop over the rooms; one failing HDEL aborts the loop and the remaining rooms keep a
// stale cursor.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { createClient } from "redis";

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  socket.on("open-doc", (docId) => socket.join(`doc:${docId}`));

  socket.on("cursor", ({ docId, pos }) => {
    redis.hSet(`cursors:${docId}`, socket.id, JSON.stringify(pos)).catch(() => {});
    socket.to(`doc:${docId}`).emit("cursor", { id: socket.id, pos });
  });

  socket.on("disconnecting", async () => { // want "outside try/catch"
    for (const room of socket.rooms) {
      if (!room.startsWith("doc:")) continue;
      await redis.hDel(`cursors:${room.slice(4)}`, socket.id);
      socket.to(room).emit("cursor-gone", socket.id);
    }
  });
});

httpServer.listen(3003);
