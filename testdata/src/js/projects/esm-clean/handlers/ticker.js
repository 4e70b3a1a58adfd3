// Role: ticker handler module (re-exported with `export *`); the feed listener is removed by reference on disconnect.
import { feed } from '../state/store.js';

export function registerTicker(socket) {
  const onQuote = (quote) => socket.emit('ticker:quote', quote);

  socket.on('ticker:subscribe', () => {
    feed.on('quote', onQuote);
  });

  socket.on('ticker:unsubscribe', () => {
    feed.off('quote', onQuote);
  });

  socket.on('disconnect', () => {
    feed.off('quote', onQuote);
  });
}
