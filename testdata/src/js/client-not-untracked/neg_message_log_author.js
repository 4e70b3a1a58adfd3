// client-not-untracked, negative: chat history entries name their author's socket id.
// The history is content meant to outlive its authors (it is trimmed by length), not
// per-connection state, so pushing an entry is not tracking the client.
// verify: retains-by-design -- the sandbox sees the authors' ids stay in the history.
const { Server } = require('socket.io');

const io = new Server(3000);
const rooms = new Map(); // room -> { messages: [] }
const chatHistory = [];

io.on('connection', (socket) => {
  socket.on('say', (room, text) => {
    const entry = { from: socket.id, text: String(text).slice(0, 500), at: Date.now() };
    if (!rooms.has(room)) rooms.set(room, { messages: [] });
    rooms.get(room).messages.push(entry);
    chatHistory.push({ ...entry, room, author: socket.id });
    if (chatHistory.length > 1000) chatHistory.shift();
    io.to(room).emit('said', entry);
  });
});
