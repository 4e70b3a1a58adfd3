// sensitive-data-retained, positive: the raw Cookie header is stored with each connection
// record in a module-level array (to proxy requests to the legacy backend). The disconnect
// handler removes the socket from `viewers`, a different structure, and leaves the cookie.
import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer);

const connections = [];
const viewers = new Set();

io.on("connection", (socket) => {
  connections.push({ id: socket.id, cookie: socket.handshake.headers.cookie, at: Date.now() }); // want "secret-like"
  viewers.add(socket.id);
  io.emit("viewers", viewers.size);

  socket.on("proxy", async (path, ack) => {
    const conn = connections.find((c) => c.id === socket.id);
    const res = await fetch(`${process.env.LEGACY_URL}${path}`, { headers: { cookie: conn?.cookie ?? "" } });
    ack(await res.json());
  });

  socket.on("disconnect", () => {
    viewers.delete(socket.id);
    io.emit("viewers", viewers.size);
  });
});

httpServer.listen(3001);
