// unguarded-disconnect-handler, negative (exception: `async` but no await): the handler
// was marked async out of habit and only does synchronous cleanup.
import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer);
const rooms = new Map();

io.on("connection", (socket) => {
  const ping = setInterval(() => socket.emit("tick", Date.now()), 1000);

  socket.on("join", (room) => {
    if (!rooms.has(room)) rooms.set(room, new Set());
    rooms.get(room).add(socket.id);
    socket.join(room);
  });

  socket.on("disconnect", async (reason) => {
    clearInterval(ping);
    for (const [room, ids] of rooms) {
      ids.delete(socket.id);
      if (ids.size === 0) rooms.delete(room);
    }
    console.log("left", socket.id, reason);
  });
});

httpServer.listen(3001);
