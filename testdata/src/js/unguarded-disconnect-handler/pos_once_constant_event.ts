// unguarded-disconnect-handler, positive: socket.once with the event name from a shared
// constant; the awaited webhook call can reject (network error, 5xx via fetch wrapper).
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';
import { postWebhook } from './webhooks';

export const Events = {
  Disconnect: 'disconnect',
  Join: 'join',
} as const;

const httpServer = createServer();
const io = new Server(httpServer);
const members = new Map<string, string>();

io.on('connection', (socket: Socket) => {
  socket.on(Events.Join, (team: string) => {
    members.set(socket.id, team);
    socket.join(team);
  });

  socket.once(Events.Disconnect, async (reason: string) => { // want "outside try/catch"
    const team = members.get(socket.id);
    await postWebhook('member.left', { team, sid: socket.id, reason });
    members.delete(socket.id);
  });
});

httpServer.listen(4002);
