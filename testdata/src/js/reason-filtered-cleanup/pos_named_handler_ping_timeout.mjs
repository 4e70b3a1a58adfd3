// reason-filtered-cleanup, positive: the disconnect handler is a named function in the
// connection callback. It removes the listener from the shared market feed only when the
// reason is not a ping timeout ("they will probably come back"), but a reconnect gets a
// new socket and a new listener, so the old one leaks.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { marketFeed } from "./feed.js";

const httpServer = createServer();
const io = new Server(httpServer, { pingTimeout: 10000 });

io.on("connection", (socket) => {
  const symbols = new Set();

  function onQuote(quote) {
    if (symbols.has(quote.symbol)) socket.emit("quote", quote);
  }
  marketFeed.on("quote", onQuote);

  socket.on("watch", (symbol) => symbols.add(String(symbol).toUpperCase()));
  socket.on("unwatch", (symbol) => symbols.delete(String(symbol).toUpperCase()));

  function onDisconnect(reason) {
    if (reason !== "ping timeout") { // want "runs only when"
      marketFeed.off("quote", onQuote);
    }
  }
  socket.on("disconnect", onDisconnect);
});

httpServer.listen(8080);
