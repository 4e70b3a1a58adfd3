// listener-not-removed, negative: listeners on io (inter-server event) and on process are removed
// by the same references in a same-file helper (detach) called from the 'disconnecting' handler,
// whose event name comes from a same-file constant.
import { createServer } from "http";
import { Server, Socket } from "socket.io";

const DISCONNECTING = "disconnecting";

interface Announcement { level: "info" | "warn"; text: string }

const httpServer = createServer();
const io = new Server(httpServer);

io.on("connection", (socket: Socket) => {
  const onAnnouncement = (a: Announcement): void => {
    socket.emit("announcement", a);
  };
  const onWorkerMessage = (msg: { kind: string; room?: string }): void => {
    if (msg.kind === "evict" && msg.room && socket.rooms.has(msg.room)) socket.leave(msg.room);
  };

  io.on("announcement", onAnnouncement);
  process.on("message", onWorkerMessage);

  function detach(): void {
    io.off("announcement", onAnnouncement);
    process.removeListener("message", onWorkerMessage);
  }

  socket.on("join", (room: string) => socket.join(room));

  socket.on(DISCONNECTING, (reason: string) => {
    detach();
    console.log(`${socket.id} leaving ${[...socket.rooms].join(",")}: ${reason}`);
  });
});

httpServer.listen(3004);
