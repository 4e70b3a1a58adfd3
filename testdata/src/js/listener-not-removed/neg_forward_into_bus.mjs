// listener-not-removed, negative: socket events are forwarded INTO the module-level bus with
// socket.on(evt, bus.emit.bind(bus, evt)): that adds listeners to the socket, none to the bus.
// The bus listeners themselves are registered once at startup and broadcast with io.to().
import { EventEmitter } from "node:events";
import { createServer } from "node:http";
import { Server } from "socket.io";

const bus = new EventEmitter();
const httpServer = createServer();
const io = new Server(httpServer);

const FORWARDED = ["cursor", "selection", "presence"];

for (const evt of FORWARDED) {
  bus.on(evt, (payload) => {
    io.to(payload.docId).emit(evt, payload);
  });
}

io.on("connection", (socket) => {
  const docId = socket.handshake.query.doc;
  socket.join(docId);

  for (const evt of FORWARDED) {
    socket.on(evt, bus.emit.bind(bus, evt));
  }
  socket.on("save", bus.emit.bind(bus, "save"));

  socket.on("disconnect", () => {
    bus.emit("presence", { docId, user: socket.id, online: false });
  });
});

httpServer.listen(1235);
