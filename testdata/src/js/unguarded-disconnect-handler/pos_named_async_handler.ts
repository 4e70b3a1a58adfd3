// unguarded-disconnect-handler, positive: the handler is a named async arrow function
// passed by reference; its first line is where the finding is reported. The stripe call
// can reject (network, rate limit) and nothing catches it.
import { createServer } from 'http';
import { Server, Socket, DisconnectReason } from 'socket.io';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_KEY ?? '');
const httpServer = createServer();
const io = new Server(httpServer);
const checkouts = new Map<string, string>(); // socket id -> payment intent id

io.of('/checkout').on('connection', (socket: Socket) => {
  socket.on('start', async (amount: number, ack: (secret: string | null) => void) => {
    const intent = await stripe.paymentIntents.create({ amount, currency: 'eur' });
    checkouts.set(socket.id, intent.id);
    ack(intent.client_secret);
  });

  const onDisconnect = async (reason: DisconnectReason) => { // want "outside try/catch"
    const intentId = checkouts.get(socket.id);
    if (intentId && reason !== 'server shutting down') {
      await stripe.paymentIntents.cancel(intentId);
    }
    checkouts.delete(socket.id);
  };
  socket.on('disconnect', onDisconnect);
});

httpServer.listen(4001);
