// reason-filtered-cleanup, negative (exception: only logging depends on the reason; the
// releases are unconditional).
import { createServer } from "node:http";
import { Server } from "socket.io";
import pino from "pino";

const logger = pino();
const httpServer = createServer();
const io = new Server(httpServer);
const viewers = new Map();

io.on("connection", (socket) => {
  const poll = setInterval(async () => {
    socket.emit("stats", { viewers: viewers.size, at: Date.now() });
  }, 2000);
  viewers.set(socket.id, socket.handshake.query.page ?? "/");

  socket.on("disconnect", (reason) => {
    clearInterval(poll);
    viewers.delete(socket.id);
    if (reason === "ping timeout" || reason === "transport error") {
      logger.warn({ id: socket.id, reason }, "viewer dropped");
    } else {
      logger.info({ id: socket.id, reason }, "viewer left");
    }
  });
});

httpServer.listen(3500);
