// Role: process-wide room registry (`@state` alias): room -> member socket ids.
export const roomMembers = new Map<string, Set<string>>();

export function membersOf(room: string): string[] {
  return [...(roomMembers.get(room) ?? [])];
}
