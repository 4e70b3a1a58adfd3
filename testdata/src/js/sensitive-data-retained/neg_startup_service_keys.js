// sensitive-data-retained, negative (exception: the insertion is made at startup, not in a
// socket scope): per-provider API keys are loaded once; sockets only read them.
const http = require('http');
const { Server } = require('socket.io');
const { translate } = require('./translate');

const server = http.createServer();
const io = new Server(server);
const providers = new Map();

providers.set('deepl', { apiKey: process.env.DEEPL_KEY, url: 'https://api.deepl.com' });
providers.set('google', { apiKey: process.env.GOOGLE_KEY, url: 'https://translation.googleapis.com' });

io.on('connection', (socket) => {
  socket.on('translate', async ({ text, to, provider }, ack) => {
    const p = providers.get(provider) || providers.get('deepl');
    try {
      ack({ text: await translate(p, text, to) });
    } catch (err) {
      ack({ error: 'translation failed' });
    }
  });
});

server.listen(3006);
