// disconnect-not-logged, negative (exception: logger.* / pino instance): structured
// logging of the disconnect reason and session length.
import { createServer } from "node:http";
import { Server } from "socket.io";
import pino from "pino";

const logger = pino({ name: "realtime" });
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  const connectedAt = Date.now();
  const log = logger.child({ sid: socket.id, user: socket.handshake.auth.userId });
  log.info("connected");

  socket.on("subscribe", (topic) => socket.join(`topic:${topic}`));

  socket.on("disconnect", (reason, description) => {
    log.info({ reason, description, ms: Date.now() - connectedAt }, "disconnected");
  });
});

httpServer.listen(3001);
