// resource-not-released, negative: exception "the pipe contains takeUntil(fromEvent(socket,
// 'disconnect'))", plus subscriptions whose source is fromEvent(socket, ...) (auto: they die with
// the socket).
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import { Subject, fromEvent, interval, merge } from "rxjs";
import { filter, map, takeUntil, throttleTime } from "rxjs/operators";

interface PriceUpdate { symbol: string; price: number }
interface Cursor { x: number; y: number }

const prices$ = new Subject<PriceUpdate>();
const httpServer = createServer();
const io = new Server(httpServer);

export function publishPrice(update: PriceUpdate): void {
  prices$.next(update);
}

io.on("connection", (socket: Socket) => {
  const watchlist = new Set<string>(String(socket.handshake.query.symbols ?? "").split(","));
  const disconnect$ = fromEvent(socket, "disconnect");

  prices$
    .pipe(filter((u) => watchlist.has(u.symbol)), takeUntil(fromEvent(socket, "disconnect")))
    .subscribe((u) => socket.emit("price", u));

  merge(interval(30000).pipe(map(() => "ping")), interval(60000).pipe(map(() => "stats")))
    .pipe(takeUntil(disconnect$))
    .subscribe((kind) => socket.emit(kind, { at: Date.now() }));

  fromEvent<Cursor>(socket, "cursor")
    .pipe(throttleTime(50))
    .subscribe((c) => socket.broadcast.emit("cursor", { id: socket.id, ...c }));

  socket.on("watch", (symbol: string) => watchlist.add(symbol));
});

httpServer.listen(3006);
