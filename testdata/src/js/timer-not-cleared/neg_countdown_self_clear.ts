// timer-not-cleared, negative: the lobby countdown interval clears itself when it reaches zero
// (clearInterval(countdown) inside its own callback), so it is bounded.
import express from "express";
import { createServer } from "http";
import { Server, Socket } from "socket.io";

interface Lobby { id: string; players: Set<string>; started: boolean }

const app = express();
const httpServer = createServer(app);
const io = new Server(httpServer);
const lobbies = new Map<string, Lobby>();

io.on("connection", (socket: Socket) => {
  socket.on("join-lobby", (lobbyId: string) => {
    const lobby = lobbies.get(lobbyId) ?? { id: lobbyId, players: new Set<string>(), started: false };
    lobbies.set(lobbyId, lobby);
    lobby.players.add(socket.id);
    socket.join(lobbyId);
  });

  socket.on("start", (lobbyId: string) => {
    const lobby = lobbies.get(lobbyId);
    if (!lobby || lobby.started) return;
    lobby.started = true;
    let remaining = 10;
    const countdown = setInterval(() => {
      io.to(lobbyId).emit("countdown", remaining);
      remaining -= 1;
      if (remaining < 0) {
        clearInterval(countdown);
        io.to(lobbyId).emit("go");
      }
    }, 1000);
  });

  socket.on("disconnect", () => {
    for (const lobby of lobbies.values()) lobby.players.delete(socket.id);
  });
});

httpServer.listen(4200);
