// disconnect-not-logged, negative (exception: this.logger.*): a class-based realtime
// service that logs through the injected logger.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { createLogger } from "./logging.js";

export class NotificationService {
  constructor(io, logger) {
    this.io = io;
    this.logger = logger;
    this.subscribers = new Map();
  }

  start() {
    this.io.on("connection", (socket) => {
      const userId = socket.handshake.auth.userId;
      this.subscribers.set(socket.id, userId);

      socket.on("disconnect", (reason) => {
        this.subscribers.delete(socket.id);
        this.logger.info("notification subscriber left", { userId, reason });
      });
    });
  }
}

const httpServer = createServer();
new NotificationService(new Server(httpServer), createLogger("notifications")).start();
httpServer.listen(3005);
