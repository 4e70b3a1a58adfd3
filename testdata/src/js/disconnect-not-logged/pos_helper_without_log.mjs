// disconnect-not-logged, positive: the handler delegates to a same-file helper, and the
// helper does not log either.
import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer);
const lobby = [];

function removeFromLobby(id) {
  const i = lobby.findIndex((p) => p.id === id);
  if (i !== -1) lobby.splice(i, 1);
  io.emit("lobby", lobby);
}

io.on("connection", (socket) => {
  socket.on("ready", (nick) => {
    lobby.push({ id: socket.id, nick: String(nick) });
    io.emit("lobby", lobby);
  });

  socket.on("disconnect", () => removeFromLobby(socket.id)); // want "records nothing"
});

httpServer.listen(3003);
