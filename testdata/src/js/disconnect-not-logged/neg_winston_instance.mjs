// disconnect-not-logged, negative (exception: a winston instance's .info): the logger is
// created with winston.createLogger and bound to a neutral name, `journal`.
import { createServer } from "node:http";
import { Server } from "socket.io";
import winston from "winston";

const journal = winston.createLogger({
  level: "info",
  format: winston.format.json(),
  transports: [new winston.transports.File({ filename: "sessions.log" })],
});

const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  const openedAt = Date.now();
  journal.info("session opened", { sid: socket.id, ip: socket.handshake.address });

  socket.on("disconnect", (reason) => {
    journal.info("session closed", { sid: socket.id, reason, ms: Date.now() - openedAt });
  });
});

httpServer.listen(3009);
