// Positive (ack variant): the handler awaits the client's hello acknowledgement with no
// timeout before registering its disconnect listener. After a disconnect that promise
// never settles, so the registration (and the cleanup) is unreachable.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

interface Hello {
  clientVersion: string;
  locale: string;
}

interface ClientToServer {
  ping: (ack: (t: number) => void) => void;
}
interface ServerToClient {
  hello: (serverVersion: string, ack: (hello: Hello) => void) => void;
}

const httpServer = createServer();
const io = new Server<ClientToServer, ServerToClient>(httpServer);
const clients = new Map<string, Hello>();

io.on('connection', async (socket: Socket<ClientToServer, ServerToClient>) => {
  const hello: Hello = await socket.emitWithAck('hello', '2.4.0');
  clients.set(socket.id, hello);

  socket.on('ping', (ack) => ack(Date.now()));

  socket.on('disconnect', () => { // want "awaiting an acknowledgement with no timeout"
    clients.delete(socket.id);
  });
});

httpServer.listen(3006);
