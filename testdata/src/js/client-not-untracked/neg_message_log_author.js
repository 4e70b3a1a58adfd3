// client-not-untracked, negative: chat messages name their author's socket id. A
// message (a record naming the socket only as its author, from/sender/user..., with
// content: text/body/data or a spread payload) is content meant to outlive its author
// (the history is trimmed by length), not per-connection state, so storing one is not
// tracking the client, whatever the list or map is called.
// verify: retains-by-design -- the sandbox sees the authors' ids stay in the history.
const { Server } = require('socket.io');

const io = new Server(3000);
const rooms = new Map(); // room -> { messages: [] }
const chatHistory = [];
const byId = new Map(); // message id -> message

io.on('connection', (socket) => {
  socket.on('say', (room, text) => {
    const entry = { from: socket.id, text: String(text).slice(0, 500), at: Date.now() };
    if (!rooms.has(room)) rooms.set(room, { messages: [] });
    rooms.get(room).messages.push(entry);
    chatHistory.push({ ...entry, room, author: socket.id });
    byId.set(`${room}:${entry.at}`, { from: socket.id, body: entry.text });
    if (chatHistory.length > 1000) chatHistory.shift();
    io.to(room).emit('said', entry);
  });
  socket.on('react', (payload) => {
    chatHistory.push({ ...payload, sender: socket.id });
    byId.set(String(payload.id), { author: socket.id, data: payload.emoji });
  });
});
