// listener-not-removed, positive (JSX): an Express route server-renders the dashboard shell; every
// dashboard socket adds a 'sample' listener to the module-level metrics collector and there is no
// disconnect handler to remove it.
const React = require('react');
const { renderToString } = require('react-dom/server');
const express = require('express');
const http = require('http');
const { Server } = require('socket.io');
const { MetricsCollector } = require('./metrics');

const metrics = new MetricsCollector({ intervalMs: 1000 });
metrics.start();

function Dashboard({ title, panels }) {
  return (
    <html>
      <body>
        <h1>{title}</h1>
        {panels.map((p) => <section key={p} id={p} className="panel" />)}
        <script src="/dashboard.js" />
      </body>
    </html>
  );
}

const app = express();
const server = http.createServer(app);
const io = new Server(server);

app.get('/', (req, res) => {
  res.send(renderToString(<Dashboard title="Cluster" panels={['cpu', 'mem', 'rps']} />));
});

io.on('connection', (socket) => {
  socket.emit('history', metrics.history());
  metrics.on('sample', (sample) => socket.volatile.emit('sample', sample)); // want "listener for .sample. added to metrics.*no disconnect handler is registered"
});

server.listen(8080);
