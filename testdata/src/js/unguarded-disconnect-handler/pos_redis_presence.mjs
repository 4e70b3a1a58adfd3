// unguarded-disconnect-handler, positive: the presence set lives in redis. If SREM rejects
// (redis down, READONLY replica), the local map entry below it is never removed and the
// process gets an unhandledRejection.
import { createServer } from "node:http";
import { Server } from "socket.io";
import Redis from "ioredis";

const redis = new Redis(process.env.REDIS_URL);
const httpServer = createServer();
const io = new Server(httpServer);
const local = new Map();

io.on("connection", async (socket) => {
  const userId = socket.handshake.auth.userId;
  local.set(socket.id, userId);

  socket.on("disconnect", async (reason) => { // want "outside try/catch"
    await redis.srem("online", userId);
    local.delete(socket.id);
    io.emit("offline", { userId, reason });
  });

  try {
    await redis.sadd("online", userId);
  } catch (err) {
    socket.emit("degraded", "presence unavailable");
  }
});

httpServer.listen(3001);
