// Role: process-wide lobby state shared by every socket: lobby -> member ids, and socket id -> nickname.
export const lobbies = new Map<string, Set<string>>();
export const nicknames = new Map<string, string>();

export function roster(lobby: string): string[] {
  return [...(lobbies.get(lobby) ?? [])].map((id) => nicknames.get(id) ?? 'anonymous');
}
