// parse-error, positive: one closing brace too many in an ESM game server.
import { Server } from "socket.io";

const io = new Server(3000);
const lobby = new Set();

io.on("connection", (socket) => {
  lobby.add(socket.id);
  socket.on("disconnect", () => {
    lobby.delete(socket.id);
  });
});
}); // want "does not parse"

io.listen(3001);
