// listener-not-removed, negative: listeners on process, io, io.engine, a namespace and a
// module-level bus are all registered once at startup (module level or in a startup function
// called once), outside any connection scope. The connection handler only listens on the socket.
import express from "express";
import { createServer } from "node:http";
import { EventEmitter } from "node:events";
import { Server } from "socket.io";

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const announcements = new EventEmitter();

function wireInfrastructure(server) {
  server.engine.on("connection_error", (err) => {
    console.warn("engine connection error", err.code, err.message);
  });
  server.of("/admin").on("connection", (admin) => {
    admin.on("announce", (text) => announcements.emit("announce", text));
  });
}

wireInfrastructure(io);

announcements.on("announce", (text) => io.emit("announcement", text));
io.on("new_namespace", (nsp) => console.log("namespace created", nsp.name));
process.on("SIGTERM", () => io.close(() => process.exit(0)));

io.on("connection", (socket) => {
  socket.on("chat", (msg) => io.emit("chat", { from: socket.id, msg }));
  socket.on("disconnect", () => io.emit("left", socket.id));
});

httpServer.listen(3000);
