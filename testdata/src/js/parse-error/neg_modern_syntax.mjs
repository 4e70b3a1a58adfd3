// parse-error, negative: modern syntax the grammar must accept: optional
// chaining, nullish assignment, class fields and private methods, top-level
// await, numeric separators, regex flags.
import { Server } from "socket.io";

const io = new Server(3000);
const config = (await import("./config.mjs")).default ?? {};
config.port ??= 3_000;

class Presence {
  #online = new Map();
  static instance = new Presence();
  add(id, user) { this.#online.set(id, user); }
  remove(id) { this.#online.delete(id); }
  #log(msg) { console.log(msg?.trim?.() ?? "", /disconnect/giu.test(msg)); }
}

io.on("connection", (socket) => {
  Presence.instance.add(socket.id, socket.handshake.auth?.user);
  socket.on("disconnect", () => Presence.instance.remove(socket.id));
});
