// resource-not-released, positive: the host of a game gets a worker_threads Worker running the
// physics simulation. Disconnect removes the game from the lobby map but never terminates the
// worker, so each abandoned game keeps a thread spinning at 60 Hz.
import { createServer } from "node:http";
import { Worker } from "node:worker_threads";
import { randomUUID } from "node:crypto";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer, { cors: { origin: "*" } });
const games = new Map();

io.on("connection", (socket) => {
  let gameId = null;

  socket.on("game:create", ({ map, maxPlayers }) => {
    gameId = randomUUID();
    const worker = new Worker(new URL("./physics-worker.mjs", import.meta.url), { // want "Worker.*never released"
      workerData: { map, tickRate: 60 },
    });
    worker.on("message", (snapshot) => io.to(gameId).emit("game:state", snapshot));
    games.set(gameId, { host: socket.id, maxPlayers, worker });
    socket.join(gameId);
    socket.emit("game:created", gameId);
  });

  socket.on("game:input", (input) => {
    const game = games.get(gameId);
    if (game) game.worker.postMessage({ from: socket.id, input });
  });

  socket.on("disconnect", () => {
    if (gameId && games.get(gameId)?.host === socket.id) {
      games.delete(gameId);
      io.to(gameId).emit("game:closed");
    }
  });
});

httpServer.listen(9000);
