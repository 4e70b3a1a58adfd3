// Role: input validation helpers for lobby names and nicknames (pure functions).
const NAME_RE = /^[\w -]{1,24}$/;

export function sanitizeNick(raw: unknown): string {
  const nick = typeof raw === 'string' ? raw.trim() : '';
  return NAME_RE.test(nick) ? nick : 'anonymous';
}

export function lobbyName(raw: unknown): string | null {
  return typeof raw === 'string' && NAME_RE.test(raw) ? raw.toLowerCase() : null;
}
