// Role: the socket.io gateway: connection/disconnect hooks and message handlers for the /market namespace.
import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { filter } from 'rxjs';
import { Server, Socket } from 'socket.io';
import { AuthService } from '../auth/auth.service';
import { ClientsService } from './clients.service';
import { TickerService } from './ticker.service';

@WebSocketGateway({ namespace: '/market', cors: { origin: '*' } })
export class MarketGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  @WebSocketServer() server!: Server;

  private readonly logger = new Logger(MarketGateway.name);
  private statsTimer?: NodeJS.Timeout;

  constructor(
    private readonly auth: AuthService,
    private readonly clients: ClientsService,
    private readonly ticker: TickerService,
  ) {}

  afterInit(server: Server): void {
    this.statsTimer = setInterval(() => server.emit('stats', { online: this.clients.count() }), 10000);
    this.ticker.alerts$.subscribe((alert) => server.emit('alert', alert));
  }

  handleConnection(client: Socket): void {
    client.data.heartbeat = setInterval(() => client.emit('heartbeat', Date.now()), 15000); // want "setInterval .*never cleared"
    client.data.onHalt = () => client.emit('halted');
    process.on('SIGUSR2', client.data.onHalt); // want "listener for .SIGUSR2. added to process.*synchronously"
    const user = this.auth.verify(client.handshake.auth?.token);
    if (!user) {
      this.logger.warn(`rejected unauthenticated client ${client.id}`);
      client.disconnect(true);
      return;
    }
    client.data.userId = user.id;
    this.clients.register(client.id, user);
    this.logger.log(`${user.name} connected as ${client.id}`);
  }

  handleDisconnect(client: Socket): void {
    clearInterval(client.data.heartbeat);
    process.off('SIGUSR2', client.data.onHalt);
    this.logger.log(`${client.id} disconnected`);
  }

  @SubscribeMessage('watch')
  onWatch(@ConnectedSocket() client: Socket, @MessageBody() symbol: string): void {
    const sym = symbol.toUpperCase();
    this.ticker.prices$.pipe(filter((q) => q.symbol === sym)).subscribe((q) => client.emit('quote', q)); // want "RxJS subscription.*never released"
  }

  @SubscribeMessage('online')
  onOnline(): { event: string; data: number } {
    return { event: 'online', data: this.clients.count() };
  }
}
