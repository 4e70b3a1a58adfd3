// Role: injected registry of connected clients (a singleton provider, so its Map outlives every socket).
import { Injectable } from '@nestjs/common';
import type { User } from '../auth/auth.service';

export interface ConnectedClient {
  userId: string;
  name: string;
  connectedAt: Date;
}

@Injectable()
export class ClientsService {
  private readonly clients = new Map<string, ConnectedClient>();

  register(socketId: string, user: User): void {
    this.clients.set(socketId, { userId: user.id, name: user.name, connectedAt: new Date() });
  }

  unregister(socketId: string): void {
    this.clients.delete(socketId);
  }

  count(): number {
    return this.clients.size;
  }

  list(): ConnectedClient[] {
    return [...this.clients.values()];
  }
}
