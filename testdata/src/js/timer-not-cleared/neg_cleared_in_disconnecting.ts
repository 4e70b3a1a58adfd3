// timer-not-cleared, negative: the room sync interval is cleared in the 'disconnecting'
// handler, which is on the disconnect path (it runs just before 'disconnect').
import { createServer } from "http";
import { Server, Socket } from "socket.io";

interface RoomState { tick: number; scores: Record<string, number> }

const httpServer = createServer();
const io = new Server(httpServer);
const rooms = new Map<string, RoomState>();

function stateOf(room: string): RoomState {
  let s = rooms.get(room);
  if (!s) {
    s = { tick: 0, scores: {} };
    rooms.set(room, s);
  }
  return s;
}

io.on("connection", (socket: Socket) => {
  const room: string = String(socket.handshake.query.room ?? "arena");
  socket.join(room);

  const syncTimer: ReturnType<typeof setInterval> = setInterval(() => {
    const state = stateOf(room);
    state.tick++;
    socket.emit("sync", state);
  }, 33);

  socket.on("score", (points: number) => {
    const state = stateOf(room);
    state.scores[socket.id] = (state.scores[socket.id] ?? 0) + points;
  });

  socket.on("disconnecting", () => {
    clearInterval(syncTimer);
    delete stateOf(room).scores[socket.id];
    for (const r of socket.rooms) socket.to(r).emit("player-left", socket.id);
  });
});

httpServer.listen(4100);
