// listener-not-removed, positive: inside the connection handler, a listener on `io` for an
// inter-server event (received through serverSideEmit and re-emitted on the namespace): it piles
// up once per connection. Typed Server with generics.
import { createServer } from "http";
import { Server, Socket } from "socket.io";
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";

interface ClientToServer { "join": (channel: string) => void }
interface ServerToClient { "notice": (text: string) => void; "maintenance": (at: number) => void }
interface InterServer { "maintenance": (at: number) => void }
interface SocketData { user: string }

const pub = createClient({ url: process.env.REDIS_URL });
const sub = pub.duplicate();
await Promise.all([pub.connect(), sub.connect()]);

const httpServer = createServer();
const io = new Server<ClientToServer, ServerToClient, InterServer, SocketData>(httpServer, {
  adapter: createAdapter(pub, sub),
});

io.on("connection", (socket: Socket<ClientToServer, ServerToClient, InterServer, SocketData>) => {
  socket.data.user = String(socket.handshake.auth.user ?? "anon");

  io.on("maintenance", (at: number) => { // want "listener for .maintenance. added to io"
    socket.emit("maintenance", at);
  });

  socket.on("join", (channel: string) => {
    socket.join(channel);
    socket.emit("notice", `joined ${channel}`);
  });
});

httpServer.listen(3000);
