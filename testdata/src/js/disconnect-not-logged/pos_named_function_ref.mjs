// disconnect-not-logged, positive: the disconnect listener is a function declaration in the
// connection callback, passed by reference; it is reported at its own first line.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { tickets } from "./tickets.js";

const httpServer = createServer();
const io = new Server(httpServer);

io.of("/support").on("connection", (socket) => {
  const agentId = socket.handshake.auth.agentId;
  socket.join(`agent:${agentId}`);

  socket.on("claim", async (ticketId, ack) => {
    const ok = await tickets.claim(ticketId, agentId).catch(() => false);
    ack({ ok });
  });

  function onDisconnect(reason) { // want "records nothing"
    tickets.releaseAll(agentId);
    io.of("/support").to("supervisors").emit("agent-away", { agentId, reason });
  }

  socket.on("disconnect", onDisconnect);
});

httpServer.listen(3001);
