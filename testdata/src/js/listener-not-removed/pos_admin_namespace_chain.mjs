// listener-not-removed, positive: a listener added to io.of('/admin') from a socket of the main
// namespace (a multi-line chain: the finding is on the line where the receiver io.of(...) begins).
// The listener on the module-level `admin` namespace variable is also never removed.
import express from "express";
import { createServer } from "node:http";
import { Server } from "socket.io";

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const admin = io.of("/admin");

admin.use((socket, next) => {
  if (socket.handshake.auth.token === process.env.ADMIN_TOKEN) return next();
  next(new Error("forbidden"));
});

io.on("connection", (socket) => {
  io.of("/admin") // want "listener for .announce. added to io.of"
    .on("announce", (text) => socket.emit("announcement", text));

  admin.on("force-logout", (userId) => { // want "listener for .force-logout. added to admin"
    if (socket.handshake.auth.userId === userId) socket.disconnect(true);
  });

  socket.on("chat", (msg) => io.emit("chat", { from: socket.id, msg }));

  socket.on("disconnect", () => {
    admin.emit("user-left", socket.id);
  });
});

httpServer.listen(3000);
