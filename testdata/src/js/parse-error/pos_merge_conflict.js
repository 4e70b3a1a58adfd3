// parse-error, positive: merge-conflict markers left in a chat server.
const express = require("express");
const http = require("http");
const { Server } = require("socket.io");

const app = express();
const server = http.createServer(app);
const io = new Server(server);
const users = new Map();

io.on("connection", (socket) => {
<<<<<<< HEAD // want "does not parse"
  users.set(socket.id, { name: "anon" });
=======
  users.set(socket.id, { name: socket.handshake.auth.name });
>>>>>>> feature/names
  socket.on("disconnect", () => users.delete(socket.id));
});

server.listen(3000);
