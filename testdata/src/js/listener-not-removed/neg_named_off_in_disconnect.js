// listener-not-removed, negative: named listeners on the module-level priceFeed are removed by the
// same references on disconnect (off for 'price', removeListener for 'halt').
const { EventEmitter } = require('events');
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');

const priceFeed = new EventEmitter();
priceFeed.setMaxListeners(1000);

const app = express();
const server = http.createServer(app);
const io = new Server(server);

app.post('/halt/:symbol', (req, res) => {
  priceFeed.emit('halt', req.params.symbol);
  res.sendStatus(202);
});

io.on('connection', (socket) => {
  const symbols = new Set(String(socket.handshake.query.symbols || 'AAPL').split(','));

  function onPrice(tick) {
    if (symbols.has(tick.symbol)) socket.volatile.emit('price', tick);
  }
  function onHalt(symbol) {
    if (symbols.has(symbol)) socket.emit('halt', symbol);
  }

  priceFeed.on('price', onPrice);
  priceFeed.addListener('halt', onHalt);

  socket.on('add-symbol', (s) => symbols.add(s));

  socket.on('disconnect', () => {
    priceFeed.off('price', onPrice);
    priceFeed.removeListener('halt', onHalt);
  });
});

server.listen(3002);
