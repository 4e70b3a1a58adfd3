// sensitive-data-retained, negative (exception: socket.data dies with the socket): the
// refresh token is kept on socket.data, not in a shared structure.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import { refreshAccess } from './auth';

interface SocketData {
  userId: string;
  refreshToken: string;
  accessToken: string;
}

const httpServer = createServer();
const io = new Server<any, any, any, SocketData>(httpServer);

io.on('connection', (socket: Socket<any, any, any, SocketData>) => {
  socket.data.userId = socket.handshake.auth.userId;
  socket.data.refreshToken = socket.handshake.auth.refreshToken;
  socket.data.accessToken = socket.handshake.auth.token;

  socket.on('token-expired', async (ack: (token: string | null) => void) => {
    try {
      const next = await refreshAccess(socket.data.refreshToken);
      socket.data.accessToken = next.accessToken;
      ack(next.accessToken);
    } catch {
      ack(null);
    }
  });
});

httpServer.listen(4000);
