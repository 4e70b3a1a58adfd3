// Role: event-name constants and the typed event maps shared by the server and the handler modules.
export const EVENTS = {
  ROOM_JOIN: 'room:join',
  ROOM_LEAVE: 'room:leave',
  ROOM_MEMBERS: 'room:members',
  TYPING: 'typing',
  TYPING_STATE: 'typing:state',
  DISCONNECTING: 'disconnecting',
  DISCONNECT: 'disconnect',
} as const;

export interface ClientToServerEvents {
  'room:join': (room: string, ack: (members: string[]) => void) => void;
  'room:leave': (room: string) => void;
  typing: (room: string) => void;
}

export interface ServerToClientEvents {
  'room:members': (room: string, members: string[]) => void;
  'typing:state': (room: string, typists: string[]) => void;
}

export interface SocketData {
  name: string;
}
