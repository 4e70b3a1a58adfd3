// sensitive-data-retained, negative (exception: removed on disconnect, through a same-file
// helper that splices the array).
import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer);
const bridges = [];

function dropBridge(id) {
  const i = bridges.findIndex((b) => b.id === id);
  if (i !== -1) bridges.splice(i, 1);
}

io.on("connection", (socket) => {
  socket.on("bridge", ({ broker, apiKey }) => {
    bridges.push({ id: socket.id, broker, apiKey });
    socket.emit("bridged", broker);
  });

  socket.on("disconnect", () => {
    dropBridge(socket.id);
  });
});

httpServer.listen(3003);
