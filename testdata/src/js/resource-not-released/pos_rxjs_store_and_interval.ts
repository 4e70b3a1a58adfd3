// resource-not-released, positive: an RxJS-based dashboard. Each socket subscribes to the shared
// metrics store and to an interval. The disconnect handler unsubscribes the store subscription but
// forgets the interval one, which keeps emitting to a dead socket every 5 s.
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import { BehaviorSubject, interval } from "rxjs";
import { map, distinctUntilChanged } from "rxjs/operators";

interface Metrics { cpu: number; mem: number; rps: number }

const metrics$ = new BehaviorSubject<Metrics>({ cpu: 0, mem: 0, rps: 0 });
const httpServer = createServer();
const io = new Server(httpServer);

setInterval(() => {
  metrics$.next({ cpu: Math.random(), mem: process.memoryUsage().rss, rps: Math.floor(Math.random() * 500) });
}, 1000);

io.on("connection", (socket: Socket) => {
  const storeSub = metrics$
    .pipe(map((m) => Math.round(m.cpu * 100)), distinctUntilChanged())
    .subscribe((cpu) => socket.emit("cpu", cpu));

  const clockSub = interval(5000).subscribe((n) => { // want "subscribe.*never released"
    socket.emit("uptime", { ticks: n, at: Date.now() });
  });

  socket.on("disconnect", () => {
    storeSub.unsubscribe();
  });
});

httpServer.listen(3400);
