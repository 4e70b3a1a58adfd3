// sensitive-data-retained, positive: the verified JWT is cached for re-use in `tokens`, but
// the 'disconnecting' cleanup deletes only the `sockets` entry.
import { createServer } from "node:http";
import { Server } from "socket.io";
import jwt from "jsonwebtoken";

const httpServer = createServer();
const io = new Server(httpServer);

const sockets = new Map();
const tokens = new Map();

io.use((socket, next) => {
  try {
    socket.data.claims = jwt.verify(socket.handshake.auth.jwt, process.env.JWT_SECRET);
    next();
  } catch (err) {
    next(new Error("unauthorized"));
  }
});

io.on("connection", (socket) => {
  const jwtString = socket.handshake.auth.jwt;
  sockets.set(socket.id, socket.data.claims.sub);
  tokens.set(socket.id, { sub: socket.data.claims.sub, jwt: jwtString }); // want "secret-like"

  socket.on("disconnecting", () => {
    sockets.delete(socket.id);
  });
});

httpServer.listen(3003);
