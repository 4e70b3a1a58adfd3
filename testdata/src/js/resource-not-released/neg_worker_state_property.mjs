// resource-not-released, negative: exception "released via a property of a per-socket state
// object". The game worker is stored in state.worker and terminated on disconnect.
import { createServer } from "node:http";
import { Worker } from "node:worker_threads";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket) => {
  const state = { worker: null, room: null, frames: 0 };

  socket.on("game:start", ({ room, level }) => {
    if (state.worker) return;
    state.room = room;
    socket.join(room);
    state.worker = new Worker(new URL("./sim-worker.mjs", import.meta.url), {
      workerData: { level, tickMs: 16 },
    });
    state.worker.on("message", (snapshot) => {
      state.frames++;
      io.to(room).emit("game:frame", snapshot);
    });
  });

  socket.on("game:input", (input) => {
    state.worker?.postMessage({ player: socket.id, input });
  });

  socket.on("disconnect", () => {
    if (state.worker) {
      state.worker.terminate();
      state.worker = null;
    }
    if (state.room) io.to(state.room).emit("game:over", { frames: state.frames });
  });
});

httpServer.listen(9001);
