// Role: market data source: Subjects fed by a service-level timer (per process, stopped on module destroy).
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Subject } from 'rxjs';

export interface Quote {
  symbol: string;
  price: number;
  at: number;
}

export interface Alert {
  level: 'info' | 'halt';
  text: string;
}

const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'TSLA'];

@Injectable()
export class TickerService implements OnModuleDestroy {
  readonly prices$ = new Subject<Quote>();
  readonly alerts$ = new Subject<Alert>();

  private readonly feed = setInterval(() => {
    for (const symbol of SYMBOLS) {
      this.prices$.next({ symbol, price: 100 + Math.random() * 50, at: Date.now() });
    }
  }, 1000);

  onModuleDestroy(): void {
    clearInterval(this.feed);
    this.prices$.complete();
    this.alerts$.complete();
  }
}
