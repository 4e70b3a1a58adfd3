// timer-not-cleared, negative: per-socket quote intervals kept in a module-level Map keyed by
// socket.id and cleared by key (clearInterval(feeds.get(socket.id))) in the disconnect handler.
import express from "express";
import { createServer } from "node:http";
import { Server } from "socket.io";
import { fetchQuote } from "./market-data.js";

const app = express();
const server = createServer(app);
const io = new Server(server);

const feeds = new Map();

io.on("connection", (socket) => {
  socket.on("watch", (symbol) => {
    clearInterval(feeds.get(socket.id));
    feeds.set(socket.id, setInterval(async () => {
      const quote = await fetchQuote(symbol);
      socket.emit("quote", quote);
    }, 1000));
  });

  socket.on("unwatch", () => {
    clearInterval(feeds.get(socket.id));
    feeds.delete(socket.id);
  });

  socket.on("disconnect", () => {
    clearInterval(feeds.get(socket.id));
    feeds.delete(socket.id);
  });
});

server.listen(3003);
