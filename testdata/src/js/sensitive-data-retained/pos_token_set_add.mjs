// sensitive-data-retained, positive: a module-level Set of "active" bearer tokens is used
// to reject duplicate logins; entries are added per socket and never removed.
import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer);
const activeTokens = new Set();

io.use((socket, next) => {
  if (activeTokens.has(socket.handshake.auth.token)) return next(new Error("already connected"));
  next();
});

io.on("connection", (socket) => {
  activeTokens.add(socket.handshake.auth.token); // want "secret-like"
  socket.emit("ready");

  socket.on("disconnect", () => {
    socket.broadcast.emit("peer-left", socket.id);
  });
});

httpServer.listen(3005);
