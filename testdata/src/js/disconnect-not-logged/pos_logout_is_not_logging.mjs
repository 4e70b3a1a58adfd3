// disconnect-not-logged, positive: the handler calls logoutEverywhere() and
// sessions.logout(); neither is a log or audit call, despite the name.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { logoutEverywhere, sessions } from "./auth.js";

const httpServer = createServer();
const io = new Server(httpServer);

io.of("/kiosk").on("connection", (socket) => {
  const kioskUser = socket.handshake.auth.badge;
  socket.emit("welcome", kioskUser);

  socket.on("scan", (code, ack) => {
    ack({ ok: typeof code === "string" && code.length > 0 });
  });

  socket.on("disconnect", () => { // want "records nothing"
    sessions.logout(socket.id);
    logoutEverywhere(kioskUser);
  });
});

httpServer.listen(3007);
