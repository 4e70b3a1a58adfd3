// listener-not-removed, positive: collaborative editor with an imported (module-scoped) emitter.
// Inside the per-socket 'open-doc' handler, a prependListener for 'patch' is never removed; the
// addListener for 'saved' is removed with off() by the same reference on disconnect.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { docEvents, applyPatch, loadDoc } from "./doc-store.js";

const httpServer = createServer();
const io = new Server(httpServer, { maxHttpBufferSize: 2e6 });

io.on("connection", (socket) => {
  let openDoc = null;

  const onSaved = (docId, version) => {
    if (docId === openDoc) socket.emit("saved", version);
  };

  socket.on("open-doc", async (docId, ack) => {
    openDoc = docId;
    socket.join(docId);
    ack(await loadDoc(docId));

    docEvents.prependListener("patch", (id, patch, author) => { // want "listener for .patch. added to docEvents"
      if (id === openDoc && author !== socket.id) socket.emit("patch", patch);
    });
    docEvents.addListener("saved", onSaved);
  });

  socket.on("patch", (patch) => applyPatch(openDoc, patch, socket.id));

  socket.on("disconnect", () => {
    docEvents.off("saved", onSaved);
  });
});

httpServer.listen(1234);
