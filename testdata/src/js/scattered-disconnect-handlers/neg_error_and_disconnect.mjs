// scattered-disconnect-handlers, negative (exception: an 'error' listener is not a
// disconnect listener): middleware errors are reported to the client, cleanup happens
// in the single disconnect handler.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { rateLimiter } from "./limits.js";

const httpServer = createServer();
const io = new Server(httpServer);
const buckets = new Map();

io.on("connection", (socket) => {
  buckets.set(socket.id, { tokens: 10 });

  socket.use((packet, next) => {
    if (rateLimiter.allow(buckets.get(socket.id))) next();
    else next(new Error("rate limited"));
  });

  socket.on("error", (err) => {
    socket.emit("problem", err.message);
  });

  socket.on("disconnect", () => {
    buckets.delete(socket.id);
  });
});

httpServer.listen(3003);
