// transaction-not-rolled-back, negative: exception "mongoose connection.transaction(fn) /
// withSession(fn)": mongoose commits or aborts and ends the session itself when fn settles.
const http = require('http');
const mongoose = require('mongoose');
const { Server } = require('socket.io');

const Wallet = mongoose.model('Wallet', new mongoose.Schema({ owner: String, coins: Number }));
const Purchase = mongoose.model('Purchase', new mongoose.Schema({ owner: String, item: String, price: Number }));
const Inventory = mongoose.model('Inventory', new mongoose.Schema({ owner: String, items: [String] }));

const server = http.createServer();
const io = new Server(server);

io.on('connection', (socket) => {
  const owner = socket.handshake.auth.player;

  socket.on('shop:buy', async ({ item, price }, ack) => {
    try {
      await mongoose.connection.transaction(async (session) => {
        const wallet = await Wallet.findOneAndUpdate(
          { owner, coins: { $gte: price } },
          { $inc: { coins: -price } },
          { session, new: true },
        );
        if (!wallet) throw new Error('not enough coins');
        await Purchase.create([{ owner, item, price }], { session });
      });
      ack({ ok: true });
    } catch (err) {
      ack({ ok: false, error: err.message });
    }
  });

  socket.on('inventory', async (ack) => {
    const items = await mongoose.connection.withSession(async (session) => {
      const inv = await Inventory.findOne({ owner }).session(session);
      return inv ? inv.items : [];
    });
    ack(items);
  });
});

mongoose.connect(process.env.MONGO_URL).then(() => server.listen(3004));
