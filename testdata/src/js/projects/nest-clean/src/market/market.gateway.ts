// Role: the socket.io gateway (clean twin): auth before any per-client resource, releases in handleDisconnect, returned Observables.
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
  WsResponse,
} from '@nestjs/websockets';
import { filter, fromEvent, map, Observable, takeUntil } from 'rxjs';
import { Server, Socket } from 'socket.io';
import { AuthService } from '../auth/auth.service';
import { ClientsService } from './clients.service';
import { Quote, TickerService } from './ticker.service';

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
    const user = this.auth.verify(client.handshake.auth?.token);
    if (!user) {
      this.logger.warn(`rejected unauthenticated client ${client.id}`);
      client.disconnect(true);
      return;
    }
    client.data.userId = user.id;
    client.data.heartbeat = setInterval(() => client.emit('heartbeat', Date.now()), 15000);
    client.data.onHalt = () => client.emit('halted');
    process.on('SIGUSR2', client.data.onHalt);
    this.clients.register(client.id, user);
    this.logger.log(`${user.name} connected as ${client.id}`);
  }

  handleDisconnect(client: Socket): void {
    clearInterval(client.data.heartbeat);
    process.off('SIGUSR2', client.data.onHalt);
    this.clients.unregister(client.id);
    this.logger.log(`${client.id} disconnected`);
  }

  @SubscribeMessage('watch')
  onWatch(@ConnectedSocket() client: Socket, @MessageBody() symbol: string): Observable<WsResponse<Quote>> {
    const sym = symbol.toUpperCase();
    this.logger.debug(`${client.id} watches ${sym}`);
    return this.ticker.prices$.pipe(
      filter((q) => q.symbol === sym),
      map((q) => ({ event: 'quote', data: q })),
    );
  }

  @SubscribeMessage('alerts')
  onAlerts(@ConnectedSocket() client: Socket): void {
    this.ticker.alerts$
      .pipe(takeUntil(fromEvent(client, 'disconnect')))
      .subscribe((alert) => client.emit('alert', alert));
  }

  @SubscribeMessage('online')
  onOnline(): { event: string; data: number } {
    return { event: 'online', data: this.clients.count() };
  }
}
