// Role: the route table: event handlers (socket as `this`) collected in one exported object literal.
import type { Socket } from 'socket.io';
import { lobbies, nicknames, roster } from './store';
import { lobbyName, sanitizeNick } from './lib/names';

interface JoinPayload {
  lobby: string;
  nick: string;
}

function join(this: Socket, payload: JoinPayload): void {
  const lobby = lobbyName(payload.lobby);
  if (!lobby) return;
  nicknames.set(this.id, sanitizeNick(payload.nick)); // want "added to nicknames"
  if (!lobbies.has(lobby)) lobbies.set(lobby, new Set<string>());
  lobbies.get(lobby)!.add(this.id);
  void this.join(lobby);
  this.nsp.to(lobby).emit('roster', roster(lobby));
}

function leave(this: Socket, raw: string): void {
  const lobby = lobbyName(raw);
  if (!lobby) return;
  lobbies.get(lobby)?.delete(this.id);
  void this.leave(lobby);
  this.nsp.to(lobby).emit('roster', roster(lobby));
}

function say(this: Socket, text: string): void {
  const from = nicknames.get(this.id) ?? 'anonymous';
  for (const room of this.rooms) {
    if (room !== this.id) this.to(room).emit('said', { from, text: String(text).slice(0, 500) });
  }
}

function disconnecting(this: Socket): void {
  for (const room of this.rooms) {
    lobbies.get(room)?.delete(this.id);
    if (lobbies.get(room)?.size === 0) lobbies.delete(room);
    this.to(room).emit('roster', roster(room));
  }
}

export const routes = { join, leave, say, disconnecting };
