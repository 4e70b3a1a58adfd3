// timer-not-cleared, negative: timers stored as properties of a per-socket state object
// (state.autosave, state.presence) are cleared through the cleanup function passed by reference
// to socket.on('disconnect', cleanup); the connection is registered with io.sockets.on('connection').
import { createServer } from "node:http";
import { Server } from "socket.io";
import { persistDraft } from "./drafts.js";

const httpServer = createServer();
const io = new Server(httpServer);

io.sockets.on("connection", (socket) => {
  const state = { draft: "", dirty: false, autosave: null, presence: null };

  state.autosave = setInterval(async () => {
    if (!state.dirty) return;
    state.dirty = false;
    await persistDraft(socket.handshake.auth.userId, state.draft);
  }, 5000);

  state.presence = setInterval(() => {
    socket.broadcast.emit("editing", { user: socket.handshake.auth.userId, at: Date.now() });
  }, 10000);

  socket.on("draft", (text) => {
    state.draft = text;
    state.dirty = true;
  });

  const cleanup = () => {
    clearInterval(state.autosave);
    clearInterval(state.presence);
    if (state.dirty) persistDraft(socket.handshake.auth.userId, state.draft);
  };

  socket.on("disconnect", cleanup);
});

httpServer.listen(4500);
