// scattered-disconnect-handlers, positive: a 'disconnecting' listener for room
// notifications and a separate 'disconnect' listener for the timer: the second listener
// of the same socket scope is reported.
import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  const heartbeat = setInterval(() => socket.emit("hb", Date.now()), 20000);

  socket.on("join", (room) => socket.join(room));

  socket.on("disconnecting", () => {
    for (const room of socket.rooms) {
      if (room !== socket.id) socket.to(room).emit("member-left", socket.id);
    }
  });

  socket.on("disconnect", () => { // want "another disconnect listener"
    clearInterval(heartbeat);
  });
});

httpServer.listen(3001);
