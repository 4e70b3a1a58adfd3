// sensitive-data-retained, negative (exception: WeakMap keyed by the socket): the
// credentials are collected together with the socket object.
import { createServer } from "node:http";
import { Server } from "socket.io";
import { connectUpstream } from "./upstream.js";

const httpServer = createServer();
const io = new Server(httpServer);
const credentials = new WeakMap();

io.on("connection", (socket) => {
  socket.on("login", ({ user, password }, ack) => {
    credentials.set(socket, { user, password });
    ack({ ok: true });
  });

  socket.on("sync", async (ack) => {
    const creds = credentials.get(socket);
    if (!creds) return ack({ error: "login first" });
    const upstream = await connectUpstream(creds);
    ack(await upstream.changes());
  });
});

httpServer.listen(3001);
