// sensitive-data-retained, negative: an admin event stores server-wide secrets under
// constant keys. That is one entry for the whole server (the SMTP password, the VAPID
// key), not something kept per socket, so there is nothing to drop on disconnect.
const { Server } = require('socket.io');
const webpush = require('web-push');

const io = new Server(3000);
const settings = new Map(); // setting name -> value

io.on('connection', (socket) => {
  socket.on('saveSmtp', (cfg) => {
    if (!socket.data.isAdmin) return;
    settings.set('smtpPassword', String(cfg.password));
    settings.set('smtpUser', String(cfg.user));
  });

  socket.on('getVapidKey', (cb) => {
    if (!settings.has('vapidPublicKey')) {
      const keys = webpush.generateVAPIDKeys();
      settings.set('vapidPublicKey', keys.publicKey);
      settings.set('vapidPrivateKey', { privateKey: keys.privateKey });
    }
    cb(settings.get('vapidPublicKey'));
  });
});
