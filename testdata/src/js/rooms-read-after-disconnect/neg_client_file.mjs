// Negative (exception: a 'disconnect' handler of a different object): this is a
// socket.io-client module, not a server. Its disconnect handler reads the client's own
// bookkeeping of joined channels to re-join them after reconnecting.
import { io } from 'socket.io-client';

const client = io(process.env.CHAT_URL ?? 'http://localhost:3000', {
  auth: { token: process.env.CHAT_TOKEN },
  reconnectionDelayMax: 10000,
});

const state = { channels: new Set(), pendingRejoin: [] };

export function joinChannel(name) {
  state.channels.add(name);
  client.emit('join', name);
}

client.on('connect', () => {
  for (const name of state.pendingRejoin) client.emit('join', name);
  state.pendingRejoin = [];
});

client.on('disconnect', (reason) => {
  state.pendingRejoin = [...state.channels];
  console.warn(`disconnected (${reason}), will rejoin ${state.pendingRejoin.length} channels`);
  if (reason === 'io server disconnect') client.connect();
});

client.on('message', (msg) => console.log(`[${msg.channel}] ${msg.text}`));
