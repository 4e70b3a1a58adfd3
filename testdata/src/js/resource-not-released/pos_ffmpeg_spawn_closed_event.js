// resource-not-released, positive: a webcam relay that spawns ffmpeg per socket to transcode the
// uploaded WebM chunks to HLS. The process is killed only in socket.on('close'), which socket.io
// never emits for a server socket (not the disconnect path), so ffmpeg outlives every viewer.
const http = require('http');
const path = require('path');
const { spawn } = require('child_process');
const express = require('express');
const { Server } = require('socket.io');

const app = express();
app.use('/hls', express.static(path.join(__dirname, 'hls')));
const server = http.createServer(app);
const io = new Server(server, { maxHttpBufferSize: 1e7 });

io.on('connection', (socket) => {
  const outDir = path.join(__dirname, 'hls', socket.id);

  const ffmpeg = spawn('ffmpeg', [ // want "spawn.*never released"
    '-i', 'pipe:0',
    '-c:v', 'libx264', '-preset', 'veryfast',
    '-f', 'hls', '-hls_time', '2',
    path.join(outDir, 'index.m3u8'),
  ]);
  ffmpeg.stderr.on('data', (line) => socket.emit('ffmpeg-log', line.toString()));

  socket.on('chunk', (buf) => {
    ffmpeg.stdin.write(buf);
  });

  socket.on('close', () => {
    ffmpeg.kill('SIGINT');
  });

  socket.on('disconnect', () => {
    console.log('camera gone', socket.id);
  });
});

server.listen(8080);
