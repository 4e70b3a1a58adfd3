// scattered-disconnect-handlers, negative (exception: listeners of different connection
// scopes): the player and spectator namespaces each register exactly one disconnect
// listener for their own sockets.
import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer);
const players = new Map();
const spectators = new Set();

io.of("/play").on("connection", (socket) => {
  players.set(socket.id, { score: 0 });
  socket.on("score", (n) => {
    const p = players.get(socket.id);
    if (p) p.score += Number(n) || 0;
  });
  socket.on("disconnect", () => {
    players.delete(socket.id);
  });
});

io.of("/watch").on("connection", (socket) => {
  spectators.add(socket.id);
  socket.emit("scores", Object.fromEntries(players));
  socket.on("disconnect", () => {
    spectators.delete(socket.id);
  });
});

httpServer.listen(3001);
