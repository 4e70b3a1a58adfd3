// unguarded-disconnect-handler, negative (exception: the awaited callee is a same-file
// async const arrow function whose whole body is in try/catch).
import { createServer } from "node:http";
import { Server } from "socket.io";
import { createClient } from "redis";

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

const httpServer = createServer();
const io = new Server(httpServer);

const releaseLock = async (docId, sid) => {
  try {
    const owner = await redis.get(`lock:${docId}`);
    if (owner === sid) await redis.del(`lock:${docId}`);
  } catch (err) {
    console.error("releaseLock", docId, err);
  }
};

io.on("connection", (socket) => {
  let docId = null;

  socket.on("lock", async (id, ack) => {
    docId = String(id);
    const ok = await redis.set(`lock:${docId}`, socket.id, { NX: true, EX: 300 }).catch(() => null);
    ack(ok === "OK");
  });

  socket.on("disconnect", async () => {
    if (docId) await releaseLock(docId, socket.id);
    io.emit("unlocked", docId);
  });
});

httpServer.listen(3005);
