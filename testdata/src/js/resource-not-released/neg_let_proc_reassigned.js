// resource-not-released, negative: exception "a variable assigned later" (let ffmpeg; ...
// ffmpeg = spawn(...)). The transcoder is restarted on 'stream:start' and killed both on
// 'stream:stop' and on disconnect.
const http = require('http');
const { spawn } = require('child_process');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server, { maxHttpBufferSize: 1e7 });
const RTMP = process.env.RTMP_URL || 'rtmp://127.0.0.1/live';

io.on('connection', (socket) => {
  let ffmpeg;

  function stop() {
    if (!ffmpeg) return;
    ffmpeg.stdin.end();
    ffmpeg.kill('SIGINT');
    ffmpeg = undefined;
  }

  socket.on('stream:start', ({ key }) => {
    stop();
    ffmpeg = spawn('ffmpeg', ['-i', '-', '-c:v', 'copy', '-c:a', 'aac', '-f', 'flv', `${RTMP}/${key}`]);
    ffmpeg.on('exit', (code) => socket.emit('stream:ended', code));
  });

  socket.on('stream:data', (chunk) => {
    if (ffmpeg) ffmpeg.stdin.write(chunk);
  });

  socket.on('stream:stop', stop);

  socket.on('disconnect', () => {
    if (ffmpeg) ffmpeg.kill('SIGKILL');
  });
});

server.listen(8081);
