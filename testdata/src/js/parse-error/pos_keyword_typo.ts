// parse-error, positive: a typo'd keyword (`cosnt`) in a TypeScript presence
// server turns the declaration into an error.
import { Server, Socket } from "socket.io";

const io = new Server(3000);
const online = new Set<string>();

io.on("connection", (socket: Socket) => {
  cosnt name = String(socket.handshake.auth.name); // want "does not parse"
  online.add(name);
  socket.on("disconnect", () => online.delete(name));
});
