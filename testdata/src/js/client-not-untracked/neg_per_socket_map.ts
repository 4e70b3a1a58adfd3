// Negative (exception: structures declared inside the connection callback are
// per-socket): in-flight jobs are tracked in a Map created for each connection, so
// they are collected with the socket even though keys are built from socket.id.
import { createServer } from 'http';
import { Server, Socket } from 'socket.io';

interface JobRequest {
  id: string;
  kind: 'thumbnail' | 'transcode';
  url: string;
}

const WORKER_URL = process.env.WORKER_URL ?? 'http://127.0.0.1:9000/jobs';
const httpServer = createServer();
const io = new Server(httpServer);

io.on('connection', (socket: Socket) => {
  const inflight = new Map<string, JobRequest>();
  const seen: Array<{ key: string; at: number }> = [];

  socket.on('submit', async (req: JobRequest, ack: (id: string) => void) => {
    const key = `${socket.id}:${req.id}`;
    inflight.set(key, req);
    seen.push({ key, at: Date.now() });
    const res = await fetch(WORKER_URL, { method: 'POST', body: JSON.stringify(req) });
    ack(res.ok ? key : '');
  });

  socket.on('job-done', (key: string) => {
    inflight.delete(key);
    socket.emit('pending', inflight.size);
  });
});

httpServer.listen(3002);
