// Role: per-agent handler module: ticket fan-out from the shared notifier and presence; both released on the reserved 'disconnect'.
import { notifier } from './notifier.mjs';
import { presence } from './presence.mjs';
import * as metrics from './metrics.mjs';

export function registerAgent(io, socket) {
  const agent = { name: String(socket.handshake.auth?.name ?? 'agent'), team: 'support' };
  const onTicket = (ticket) => {
    metrics.inc('tickets');
    socket.emit('ticket:new', ticket);
  };

  presence.add(socket.id, agent);
  notifier.on('ticket', onTicket);
  io.emit('agents', presence.agents());

  // The client's own "sign off" event only announces it; the real cleanup is on 'disconnect'.
  socket.on('disconnected', () => {
    socket.broadcast.emit('agent:signing-off', agent.name);
  });

  socket.on('disconnect', () => {
    notifier.off('ticket', onTicket);
    presence.remove(socket.id);
    io.emit('agents', presence.agents());
  });
}
