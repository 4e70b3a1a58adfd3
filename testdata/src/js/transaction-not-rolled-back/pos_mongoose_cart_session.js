// transaction-not-rolled-back, positive: mongoose. 'cart:begin' starts a session and a transaction
// that holds the stock reservations; 'cart:checkout' commits and ends the session. The disconnect
// handler only clears the cart entry: no abortTransaction() and no endSession(), so the
// transaction stays open until it hits transactionLifetimeLimitSeconds and the session leaks.
const http = require('http');
const mongoose = require('mongoose');
const { Server } = require('socket.io');

const Product = mongoose.model('Product', new mongoose.Schema({ sku: String, stock: Number }));
const Order = mongoose.model('Order', new mongoose.Schema({ user: String, items: [{ sku: String, qty: Number }] }));

const server = http.createServer();
const io = new Server(server);
const carts = new Map();

io.on('connection', (socket) => {
  let session = null;

  socket.on('cart:begin', async () => {
    session = await mongoose.startSession();
    session.startTransaction({ readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority' } }); // want "transaction begun by.*startTransaction"
    carts.set(socket.id, []);
  });

  socket.on('cart:add', async ({ sku, qty }) => {
    if (!session) return;
    await Product.updateOne({ sku, stock: { $gte: qty } }, { $inc: { stock: -qty } }, { session });
    carts.get(socket.id).push({ sku, qty });
  });

  socket.on('cart:checkout', async (ack) => {
    if (!session) return ack({ error: 'no cart' });
    const [order] = await Order.create([{ user: socket.handshake.auth.user, items: carts.get(socket.id) }], { session });
    await session.commitTransaction();
    await session.endSession();
    session = null;
    ack({ orderId: order.id });
  });

  socket.on('disconnect', () => {
    carts.delete(socket.id);
  });
});

mongoose.connect(process.env.MONGO_URL).then(() => server.listen(3003));
