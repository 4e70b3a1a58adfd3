// Role: ticker handler module (re-exported with `export *`); relays quotes from the shared feed to the socket.
import { feed } from '../state/store.js';

export function registerTicker(socket) {
  const onQuote = (quote) => socket.emit('ticker:quote', quote);

  socket.on('ticker:subscribe', () => {
    feed.on('quote', onQuote); // want "listener for .quote. added to feed"
  });

  socket.on('ticker:unsubscribe', () => {
    feed.off('quote', onQuote);
  });
}
