// listener-not-removed, positive: a shared ioredis subscriber created at module level; each socket
// adds 'message' and 'pmessage' listeners. The disconnect handler removes a different named
// function from 'message' (copy-paste bug) and never touches 'pmessage'. The presence listener on
// the module-level presenceBus is removed correctly.
import { createServer } from "node:http";
import { EventEmitter } from "node:events";
import { Server } from "socket.io";
import Redis from "ioredis";

const sub = new Redis(process.env.REDIS_URL);
await sub.subscribe("room-events");
await sub.psubscribe("user:*");

const presenceBus = new EventEmitter();
const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  const userId = socket.handshake.auth.userId;

  function onRoomMessage(channel, payload) {
    socket.emit("room-event", JSON.parse(payload));
  }
  function onPresence(update) {
    socket.emit("presence", update);
  }
  function onUserMessage(pattern, channel, payload) {
    if (channel === `user:${userId}`) socket.emit("dm", JSON.parse(payload));
  }

  sub.on("message", onRoomMessage); // want "listener for .message. added to sub"
  sub.on("pmessage", onUserMessage); // want "listener for .pmessage. added to sub"
  presenceBus.on("update", onPresence);

  socket.on("disconnect", () => {
    sub.off("message", onPresence);
    presenceBus.off("update", onPresence);
  });
});

httpServer.listen(3002);
