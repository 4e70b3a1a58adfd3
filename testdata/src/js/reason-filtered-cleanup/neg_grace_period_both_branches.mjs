// reason-filtered-cleanup, negative (the release is in both branches, so every reason
// reaches it): transport-level drops get a 30 s reconnect grace period before the
// presence entry is deleted, and every other reason deletes it at once.
import { createServer } from "node:http";
import { Server } from "socket.io";

const GRACE_MS = 30000;
const httpServer = createServer();
const io = new Server(httpServer);
const presence = new Map(); // user id -> socket id
const graceTimers = new Map(); // user id -> timeout

io.use((socket, next) => {
  socket.data.userId = socket.request.headers["x-verified-user"];
  socket.data.userId ? next() : next(new Error("unauthenticated"));
});

io.on("connection", (socket) => {
  const { userId } = socket.data;
  clearTimeout(graceTimers.get(userId));
  graceTimers.delete(userId);
  presence.set(userId, socket.id);

  socket.on("disconnect", (reason) => {
    if (reason === "transport close" || reason === "ping timeout") {
      graceTimers.set(userId, setTimeout(() => {
        graceTimers.delete(userId);
        presence.delete(userId);
      }, GRACE_MS));
    } else {
      presence.delete(userId);
    }
  });
});

httpServer.listen(3820);
