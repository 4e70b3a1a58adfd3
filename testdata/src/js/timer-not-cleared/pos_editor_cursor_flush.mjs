// timer-not-cleared, positive: collaborative editor. The autosave interval is cleared on disconnect,
// but the cursor-flush interval (started inside the per-socket 'join-doc' handler) is forgotten.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { saveDocument, loadDocument } from "./storage.js";

const httpServer = createServer();
const io = new Server(httpServer, { maxHttpBufferSize: 5e6 });

io.on("connection", (socket) => {
  let docId = null;
  let pendingCursors = [];
  let cursorTimer = null;

  const autosaveTimer = setInterval(() => {
    if (docId) saveDocument(docId).catch((err) => console.error("autosave failed", err));
  }, 10000);

  socket.on("join-doc", async (id, ack) => {
    docId = id;
    socket.join(`doc:${id}`);
    ack(await loadDocument(id));
    cursorTimer = setInterval(() => { // want "setInterval started for this socket is never cleared.*disconnect handler at line 34"
      if (pendingCursors.length === 0) return;
      socket.to(`doc:${docId}`).emit("cursors", pendingCursors);
      pendingCursors = [];
    }, 100);
  });

  socket.on("cursor", (pos) => pendingCursors.push({ user: socket.id, pos }));

  socket.on("edit", (delta) => socket.to(`doc:${docId}`).emit("edit", delta));

  socket.on("disconnect", () => {
    clearInterval(autosaveTimer);
    if (docId) saveDocument(docId);
  });
});

httpServer.listen(1234);
