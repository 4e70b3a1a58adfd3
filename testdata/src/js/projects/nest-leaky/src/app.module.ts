// Role: root module: registers the market gateway and the services injected into it.
import { Module } from '@nestjs/common';
import { AuthService } from './auth/auth.service';
import { ClientsService } from './market/clients.service';
import { MarketGateway } from './market/market.gateway';
import { TickerService } from './market/ticker.service';

@Module({
  providers: [AuthService, ClientsService, TickerService, MarketGateway],
})
export class AppModule {}
