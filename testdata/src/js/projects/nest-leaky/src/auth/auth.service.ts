// Role: verifies the handshake token against the configured API tokens (no socket state kept here).
import { Injectable } from '@nestjs/common';
import { createHash } from 'crypto';

export interface User {
  id: string;
  name: string;
}

@Injectable()
export class AuthService {
  private readonly users = new Map<string, User>([
    [createHash('sha256').update(process.env.DEMO_TOKEN ?? 'demo').digest('hex'), { id: 'u1', name: 'demo' }],
  ]);

  verify(token: unknown): User | null {
    if (typeof token !== 'string' || token.length === 0) return null;
    return this.users.get(createHash('sha256').update(token).digest('hex')) ?? null;
  }
}
