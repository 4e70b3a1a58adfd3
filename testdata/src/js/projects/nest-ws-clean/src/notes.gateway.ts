// Role: a gateway over raw ws (platform-ws). None of the Socket.IO rules apply to it: its
// timer belongs to the note shared by all connections and is stopped with the note.
import { OnGatewayConnection, WebSocketGateway } from '@nestjs/websockets';
import { IncomingMessage } from 'http';
import WebSocket from 'ws';

const notes = new Map<string, { clients: Set<WebSocket>; saver: NodeJS.Timeout }>();

@WebSocketGateway({ path: '/realtime' })
export class NotesGateway implements OnGatewayConnection {
  handleConnection(client: WebSocket, request: IncomingMessage): void {
    const id = String(request.url);
    let note = notes.get(id);
    if (!note) {
      note = { clients: new Set(), saver: setInterval(() => console.log('save', id), 30000) };
      notes.set(id, note);
    }
    note.clients.add(client);
    client.on('close', () => {
      note!.clients.delete(client);
      if (note!.clients.size === 0) {
        clearInterval(note!.saver);
        notes.delete(id);
      }
    });
  }
}
