// untrusted-cleanup-key, positive: the editor tracks who is editing each document by the
// editorId from socket.handshake.auth (destructured, never verified). The 'disconnecting'
// cleanup removes that id from the document's editor set.
import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer);
const editors = new Map(); // docId -> Set(editorId)

io.on("connection", (socket) => {
  const { editorId, docId } = socket.handshake.auth;
  if (!editors.has(docId)) editors.set(docId, new Set());
  editors.get(docId).add(editorId);
  socket.join(docId);
  io.to(docId).emit("editors", [...editors.get(docId)]);

  socket.on("op", (op) => socket.to(docId).emit("op", op));

  socket.once("disconnecting", () => {
    const set = editors.get(docId);
    set?.delete(editorId); // want "keyed by client-controlled"
    io.to(docId).emit("editors", [...(set ?? [])]);
  });
});

httpServer.listen(4200);
