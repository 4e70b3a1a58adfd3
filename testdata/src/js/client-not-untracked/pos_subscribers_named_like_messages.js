// client-not-untracked, positive: lists named after messages that hold subscribers, not
// messages. What is stored is the socket (or its id) itself, which must be removed on
// disconnect whatever the list is called.
const { Server } = require('socket.io');

const io = new Server(3000);
const messageSubscribers = [];
const historyWatchers = new Set();
const lastMessageBy = new Map(); // socket.id -> last message

io.on('connection', (socket) => {
  socket.on('subscribe', () => {
    messageSubscribers.push(socket.id); // want "added to messageSubscribers"
  });
  socket.on('watch-history', () => {
    historyWatchers.add(socket); // want "added to historyWatchers"
  });
  socket.on('say', (text) => {
    lastMessageBy.set(socket.id, { text: String(text), at: Date.now() }); // want "added to lastMessageBy"
  });
  socket.on('disconnect', () => {
    console.log('gone', socket.id);
  });
});
