// untrusted-cleanup-key, negative (exception: not on the disconnect path): 'unwatch' removes
// a client-chosen symbol from this socket's own watch list; the disconnect cleanup uses
// socket.id.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { quotes } from "./quotes.js";

const httpServer = createServer();
const io = new Server(httpServer);
const watchers = new Map(); // socket id -> Set(symbol)

io.on("connection", (socket) => {
  const mine = new Set();
  watchers.set(socket.id, mine);

  socket.on("watch", (symbol) => {
    mine.add(String(symbol));
    socket.emit("quote", quotes.latest(symbol));
  });

  socket.on("unwatch", (symbol) => {
    mine.delete(symbol);
  });

  socket.on("disconnect", () => {
    watchers.delete(socket.id);
  });
});

httpServer.listen(4300);
