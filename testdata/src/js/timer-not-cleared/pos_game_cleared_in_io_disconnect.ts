// timer-not-cleared, positive: a per-player snapshot interval cleared only in io.on('disconnect'),
// which never fires for a socket (a namespace has no disconnect event). The input-rate
// interval is correctly cleared in socket.on('disconnect') and must not be flagged.
import { createServer } from "http";
import { Server, Socket } from "socket.io";

interface Vec2 { x: number; y: number }
interface Player { id: string; pos: Vec2; inputs: number }

interface ServerToClient { snapshot: (players: Player[]) => void; kicked: (why: string) => void }
interface ClientToServer { move: (dir: Vec2) => void }

const httpServer = createServer();
const io = new Server<ClientToServer, ServerToClient>(httpServer, { pingInterval: 10000 });
const players = new Map<string, Player>();

io.on("connection", (socket: Socket<ClientToServer, ServerToClient>) => {
  const me: Player = { id: socket.id, pos: { x: 0, y: 0 }, inputs: 0 };
  players.set(socket.id, me);

  const snapshotTimer: NodeJS.Timeout = setInterval(() => { // want `setInterval started for this socket is never cleared.*no clearInterval\(snapshotTimer\).*disconnect handler at line 39`
    socket.emit("snapshot", [...players.values()]);
  }, 50);

  const rateTimer = setInterval(() => {
    if (me.inputs > 120) socket.emit("kicked", "input flood");
    me.inputs = 0;
  }, 1000);

  socket.on("move", (dir: Vec2) => {
    me.inputs++;
    me.pos = { x: me.pos.x + dir.x, y: me.pos.y + dir.y };
  });

  io.on("disconnect", () => {
    clearInterval(snapshotTimer);
  });

  socket.on("disconnect", () => {
    clearInterval(rateTimer);
    players.delete(socket.id);
  });
});

httpServer.listen(4000);
