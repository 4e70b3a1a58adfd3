// unguarded-disconnect-handler, negative (exception: not a disconnect listener): the
// unguarded await is in the 'save' event handler; the disconnect handler is synchronous.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { saveDraft } from "./drafts.js";

const httpServer = createServer();
const io = new Server(httpServer);
const drafts = new Map();

io.on("connection", (socket) => {
  socket.on("edit", (text) => {
    drafts.set(socket.id, String(text));
  });

  socket.on("save", async (ack) => {
    await saveDraft(socket.handshake.auth.userId, drafts.get(socket.id) ?? "");
    ack({ ok: true });
  });

  socket.on("disconnect", () => {
    drafts.delete(socket.id);
  });
});

httpServer.listen(3003);
