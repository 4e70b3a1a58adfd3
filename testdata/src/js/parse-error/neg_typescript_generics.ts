// parse-error, negative: TypeScript generics, decorators-free typed events,
// satisfies, enums, abstract classes and overloads all parse.
import { Server, Socket } from "socket.io";

enum Channel { Chat = "chat", System = "system" }

interface ServerToClient { message: (c: Channel, text: string) => void }
interface ClientToServer { say: (text: string) => void }

abstract class Store<K, V> {
  protected items = new Map<K, V>();
  abstract describe(): string;
  get(key: K): V | undefined { return this.items.get(key); }
}

const limits = { maxUsers: 500 } satisfies Record<string, number>;
const io = new Server<ClientToServer, ServerToClient>(3000);

function send(s: Socket, text: string): void;
function send(s: Socket, text: string, c: Channel = Channel.Chat): void {
  s.emit("message", c, text);
}

io.on("connection", (socket: Socket<ClientToServer, ServerToClient>) => {
  socket.on("say", (text) => send(socket, text.slice(0, limits.maxUsers)));
});
