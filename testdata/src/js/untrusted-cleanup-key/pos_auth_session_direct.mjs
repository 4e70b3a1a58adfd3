// untrusted-cleanup-key, positive: the resumable-session table is cleaned up with the
// sessionId read straight from socket.handshake.auth, which the client chooses freely.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { randomUUID } from "node:crypto";

const httpServer = createServer();
const io = new Server(httpServer, { cors: { origin: process.env.APP_ORIGIN } });

const sessions = {}; // sessionId -> { socketId, cart }

io.on("connection", (socket) => {
  const sessionId = socket.handshake.auth.sessionId ?? randomUUID();
  sessions[sessionId] = sessions[sessionId] ?? { socketId: socket.id, cart: [] };
  socket.emit("session", sessionId);

  socket.on("cart:add", (sku) => {
    sessions[sessionId]?.cart.push(String(sku));
  });

  socket.on("disconnect", () => {
    delete sessions[socket.handshake.auth.sessionId]; // want "keyed by client-controlled"
  });
});

httpServer.listen(3001);
