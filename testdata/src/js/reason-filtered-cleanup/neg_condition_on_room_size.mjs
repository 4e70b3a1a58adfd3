// reason-filtered-cleanup, negative (exception: the condition reads room state, not the
// reason): an empty lobby is deleted; the reason is only forwarded to the other players.
import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer);
const lobbies = new Map(); // code -> Set of socket ids

io.on("connection", (socket) => {
  let lobby = null;

  socket.on("join-lobby", (code) => {
    lobby = String(code);
    if (!lobbies.has(lobby)) lobbies.set(lobby, new Set());
    lobbies.get(lobby).add(socket.id);
    socket.join(lobby);
  });

  socket.on("disconnect", (reason) => {
    if (!lobby) return;
    const members = lobbies.get(lobby);
    members?.delete(socket.id);
    if (members && members.size === 0) {
      lobbies.delete(lobby);
    } else {
      io.to(lobby).emit("player-left", { id: socket.id, reason });
    }
  });
});

httpServer.listen(3800);
