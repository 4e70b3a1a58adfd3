// resource-not-released, positive: every dashboard socket opens its own MongoDB change stream on
// the orders collection, filtered by store. Disconnect removes the viewer from the map but the
// change stream (a server-side cursor plus a pooled connection) is never closed.
const http = require('http');
const mongoose = require('mongoose');
const { Server } = require('socket.io');

const Order = mongoose.model('Order', new mongoose.Schema({
  storeId: String,
  total: Number,
  status: String,
}, { timestamps: true }));

const server = http.createServer();
const io = new Server(server);
const viewers = new Map();

io.of('/dashboard').on('connection', (socket) => {
  const storeId = socket.handshake.query.store;
  viewers.set(socket.id, storeId);

  const changes = Order.watch( // want "watch.*never released"
    [{ $match: { 'fullDocument.storeId': storeId } }],
    { fullDocument: 'updateLookup' },
  );
  changes.on('change', (ev) => {
    socket.emit('order-changed', {
      op: ev.operationType,
      order: ev.fullDocument,
    });
  });

  socket.on('disconnect', () => {
    viewers.delete(socket.id);
  });
});

mongoose.connect(process.env.MONGO_URL).then(() => {
  server.listen(3100, () => console.log('dashboard on :3100'));
});
