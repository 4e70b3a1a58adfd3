// parse-error, positive: a missing closing parenthesis in a TypeScript
// dashboard server.
import { Server, Socket } from "socket.io";

const io = new Server(3000);
const metrics: Map<string, number> = new Map();

io.on("connection", (socket: Socket) => {
  socket.on("metric", (name: string, value: number) => {
    metrics.set(name, value; // want `missing .\).`
  });
});
