// listener-not-removed, negative: addEventListener on a module-level EventTarget is paired with
// removeEventListener of the same function reference on disconnect (the EventTarget release,
// socketio-semantics 5.1).
import { createServer } from "node:http";
import { Server } from "socket.io";

class RoomEvents extends EventTarget {
  publish(room, message) {
    this.dispatchEvent(new MessageEvent("message", { data: { room, message } }));
  }
}

const roomEvents = new RoomEvents();
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  const room = String(socket.handshake.query.room || "lobby");
  socket.join(room);

  const onMessage = (event) => {
    if (event.data.room === room) socket.emit("message", event.data.message);
  };
  roomEvents.addEventListener("message", onMessage);

  socket.on("message", (text) => roomEvents.publish(room, { from: socket.id, text }));

  socket.on("disconnect", () => {
    roomEvents.removeEventListener("message", onMessage);
  });
});

httpServer.listen(3005);
