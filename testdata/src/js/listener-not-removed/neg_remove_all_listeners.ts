// listener-not-removed, negative: a single-operator risk console (one socket at a time). Inline
// listeners on the module-level ticker and alerts emitters are released with
// removeAllListeners('price') and removeAllListeners() on disconnect.
import { EventEmitter } from "events";
import { createServer } from "http";
import { Server, Socket } from "socket.io";

interface Price { symbol: string; last: number }
interface Breach { limit: string; value: number }

const ticker = new EventEmitter();
const alerts = new EventEmitter();
const httpServer = createServer();
const io = new Server(httpServer);
const risk = io.of("/risk");

risk.use((socket, next) => {
  if (risk.sockets.size > 0) return next(new Error("console already in use"));
  next();
});

risk.on("connection", (socket: Socket) => {
  ticker.on("price", (p: Price) => socket.emit("price", p));
  alerts.on("breach", (b: Breach) => socket.emit("breach", b));
  alerts.on("cleared", (limit: string) => socket.emit("cleared", limit));

  socket.on("disconnect", () => {
    ticker.removeAllListeners("price");
    alerts.removeAllListeners();
  });
});

httpServer.listen(7100);
