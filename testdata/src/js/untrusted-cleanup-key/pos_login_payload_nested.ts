// untrusted-cleanup-key, positive: the disconnect listener is registered inside the
// 'login' handler and removes the entry keyed by a field of the login payload
// (login.name), which the client controls.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

interface Login {
  name: string;
  avatar?: string;
}

const httpServer = createServer();
const io = new Server(httpServer);
const players = new Map<string, Socket>();

io.on('connection', (socket: Socket) => {
  socket.on('login', (login: Login, ack: (ok: boolean) => void) => {
    players.set(login.name, socket);
    ack(true);
    io.emit('lobby', [...players.keys()]);

    socket.on('disconnect', () => {
      players.delete(login.name); // want "keyed by client-controlled"
      io.emit('lobby', [...players.keys()]);
    });
  });

  socket.on('challenge', (opponent: string) => {
    players.get(opponent)?.emit('challenged', socket.id);
  });
});

httpServer.listen(4000);
