package jsmodel

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/jsparse"
)

// buildProject writes files (relative path -> source) under a temporary
// folder and links them as one project, the way the CLI does.
func buildProject(t *testing.T, files map[string]string) (*Project, string) {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for rel, src := range files {
		abs := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, abs)
	}
	sort.Strings(paths)
	p := NewProject()
	p.Known(paths)
	for _, abs := range paths {
		lang, _ := jsparse.LangOf(abs)
		tree, err := jsparse.Parse([]byte(files[strings.TrimPrefix(abs, dir+"/")]), lang)
		if err != nil {
			t.Fatal(err)
		}
		p.Add(BuildFile(abs, tree), abs)
	}
	p.Link()
	return p, dir
}

// events lists "event=file:line" for every listener of every socket scope,
// and "disconnect" entries for the disconnect path's listeners.
func events(p *Project, dir string) []string {
	var out []string
	for _, f := range p.Files {
		for _, s := range f.Sockets {
			for _, h := range s.Events {
				where := "nil"
				if h.Func != nil {
					g := p.FileOf(h.Func)
					rel, _ := filepath.Rel(dir, g.abs)
					where = filepath.ToSlash(rel)
				}
				out = append(out, h.Event+"="+where)
			}
			for _, h := range s.Disconnect {
				out = append(out, "disconnect-path:"+h.Event)
			}
			for _, h := range s.LookAlikes {
				out = append(out, "look-alike:"+h.Event)
			}
		}
	}
	sort.Strings(out)
	return out
}

func TestDirectoryRegistration(t *testing.T) {
	handler := func(body string) string { return "module.exports = (" + body + ") => {};\n" }
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{
			name: "readdir callback, cwd-relative folder seen from a nested file, stem by indexOf",
			files: map[string]string{
				"src/client.js": `const { Server } = require('socket.io');
const { readdir } = require('fs');
const { join, resolve } = require('path');
class Client extends Server {
  constructor(...a) { super(...a); this.on('connection', (socket) => this.register(socket)); }
  register(socket) {
    const path = './src/events';
    readdir(path, (err, files) => {
      files = files.filter((f) => f.split('.').pop() === 'js');
      files.forEach((f) => {
        const name = f.substring(0, f.indexOf('.'));
        const event = require(resolve(__basedir, join(path, f)));
        socket.on(name, event.bind(null, { server: this, socket: socket }));
      });
    });
  }
}
module.exports = { Client };
`,
				"src/events/join.js":         handler("{ server, socket }, room"),
				"src/events/disconnected.js": handler("{ server, socket }, room"),
			},
			want: []string{"disconnected=src/events/disconnected.js", "join=src/events/join.js", "look-alike:disconnected"},
		},
		{
			name: "readdirSync(join(__dirname, ...)) in for-of, template require, basename",
			files: map[string]string{
				"server.js": `const fs = require('fs');
const path = require('path');
const { Server } = require('socket.io');
const io = new Server(3000);
io.on('connection', (socket) => {
  for (const file of fs.readdirSync(path.join(__dirname, 'events'))) {
    const handler = require(` + "`./events/${file}`" + `);
    socket.on(path.basename(file, '.js'), handler.bind(null, io, socket));
  }
});
`,
				"events/chat.js":       handler("io, socket, text"),
				"events/disconnect.js": handler("io, socket, reason"),
			},
			want: []string{"chat=events/chat.js", "disconnect-path:disconnect", "disconnect=events/disconnect.js"},
		},
		{
			name: "handler modules called with the socket; their own listeners join the scope",
			files: map[string]string{
				"index.js": `const { readdirSync } = require('fs');
const io = require('socket.io')(3000);
io.on('connection', (socket) => {
  readdirSync('./handlers').filter((f) => f.endsWith('.js')).forEach((f) => require('./handlers/' + f)(io, socket));
});
`,
				"handlers/a.js": "module.exports = (io, socket) => { socket.on('a', () => {}); };\n",
				"handlers/b.js": "module.exports = function (io, s) { s.on('disconnect', () => {}); };\n",
			},
			want: []string{"a=handlers/a.js", "disconnect-path:disconnect", "disconnect=handlers/b.js"},
		},
		{
			name: "the file name itself, and a name the module exports",
			files: map[string]string{
				"index.js": `const fs = require('fs');
const io = require('socket.io')(3000);
io.on('connection', (socket) => {
  fs.readdirSync(__dirname + '/cmds').forEach((file) => {
    const cmd = require('./cmds/' + file);
    socket.on(cmd.name, cmd.run.bind(null, socket));
  });
  for (const file of fs.readdirSync(` + "`${__dirname}/raw`" + `)) socket.on(file, require('./raw/' + file));
});
`,
				"cmds/ping.js": "module.exports = { name: 'ping', run(socket) {} };\n",
				"raw/x.js":     handler("payload"),
			},
			want: []string{"ping=cmds/ping.js", "x.js=raw/x.js"},
		},
		{
			name: "ESM: readdir from fs/promises, new URL(..., import.meta.url), await import, default export",
			files: map[string]string{
				"server.mjs": `import { readdir } from 'node:fs/promises';
import { Server } from 'socket.io';
const io = new Server(3000);
const dir = new URL('./handlers/', import.meta.url);
io.on('connection', async (socket) => {
  socket.on('disconnect', () => {});
  for (const file of await readdir(dir)) {
    const mod = await import(` + "`./handlers/${file}`" + `);
    mod.default(io, socket);
  }
});
`,
				"handlers/chat.mjs": "export default function register(io, socket) { socket.on('chat', () => {}); }\n",
			},
			want: []string{"chat=handlers/chat.mjs", "disconnect-path:disconnect", "disconnect=server.mjs"},
		},
		{
			name: "a wrapper calling the module's function, named by the module (command style)",
			files: map[string]string{
				"index.js": `const fs = require('fs');
const io = require('socket.io')(3000);
io.on('connection', (socket) => {
  const files = fs.readdirSync(` + "`${__dirname}/socketevents`" + `).filter((file) => file.endsWith('.js'));
  for (const file of files) {
    const event = require(` + "`${__dirname}/socketevents/${file}`" + `);
    socket.on(event.name, (arg) => event.execute(io, socket, arg));
  }
});
`,
				"socketevents/bet.js":  "module.exports = { name: 'bet', async execute(io, socket, arg) {} };\n",
				"socketevents/gone.js": "module.exports = { name: 'disconnect', execute(io, socket) {} };\n",
			},
			want: []string{"bet=socketevents/bet.js", "disconnect-path:disconnect", "disconnect=socketevents/gone.js"},
		},
		{
			name: "the file's own folder, and a context object handed to a destructuring handler",
			files: map[string]string{
				"socket/index.js": `const fs = require('fs');
const path = require('path');
module.exports = (io) => {
  const handlerFiles = fs.readdirSync(__dirname).filter((f) => f !== 'index.js');
  io.on('connection', (socket) => {
    handlerFiles.forEach((file) => {
      const handler = require(path.join(__dirname, file));
      handler({ io, socket });
    });
  });
};
`,
				"server.js":      "const io = require('socket.io')(3000);\nrequire('./socket')(io);\n",
				"socket/chat.js": "module.exports = ({ io, socket }) => { socket.on('chat', (m) => io.emit('chat', m)); socket.on('disconnect', () => {}); };\n",
			},
			want: []string{"chat=socket/chat.js", "disconnect-path:disconnect", "disconnect=socket/chat.js"},
		},
		{
			name: "the connection handler itself loaded from a folder, and its listeners from another",
			files: map[string]string{
				"index.js": `const fs = require('fs');
const { Server } = require('socket.io');
const io = new Server(3000);
for (const file of fs.readdirSync('./ioevents').filter((f) => f.endsWith('.js'))) {
  const event = require(` + "`./ioevents/${file}`" + `);
  if (event.once) io.once(event.name, (socket) => event.execute(db, io, socket));
  else io.on(event.name, (socket) => event.execute(db, io, socket));
}
`,
				"ioevents/connect.js": `const fs = require('fs');
module.exports = {
  name: 'connect',
  async execute(db, io, socket) {
    for (const file of fs.readdirSync(` + "`${__dirname}/../socketevents`" + `)) {
      const event = require(` + "`${__dirname}/../socketevents/${file}`" + `);
      socket.on(event.name, (arg, cb) => event.execute(db, io, socket, arg, cb));
    }
  },
};
`,
				"ioevents/newNamespace.js": "module.exports = { name: 'new_namespace', execute(db, io, nsp) {} };\n",
				"socketevents/join.js":     "module.exports = { name: 'join', execute(db, io, socket, arg, cb) { socket.join(arg.id); } };\n",
				"socketevents/leave.js":    "module.exports = { name: 'disconnect', execute(db, io, socket) {} };\n",
			},
			want: []string{"disconnect-path:disconnect", "disconnect=socketevents/leave.js", "join=socketevents/join.js"},
		},
		{
			name: "filters and guards pick the files; the name is evaluated, not guessed",
			files: map[string]string{
				"index.js": `const fs = require('fs');
const path = require('path');
const io = require('socket.io')(3000);
io.on('connection', (socket) => {
  fs.readdirSync('./events').filter((f) => f !== 'disconnect.js' && path.extname(f) === '.js').forEach((f) => {
    socket.on(f.split('.')[1], require('./events/' + f));
  });
  for (const file of fs.readdirSync('./hooks')) {
    if (file.startsWith('_')) continue;
    if (/\.test\.js$/.test(file)) continue;
    if (file.endsWith('.js')) {
      socket.on(path.parse(file).name, require('./hooks/' + file));
    }
  }
  socket.on('disconnect', async (r) => { try { await 0; } catch (e) {} });
});
`,
				"events/chat.message.js": handler("text"),
				"events/disconnect.js":   handler("reason"),
				"events/notes.md":        "",
				"hooks/_shared.js":       handler("x"),
				"hooks/ping.js":          handler("x"),
				"hooks/ping.test.js":     handler("x"),
			},
			want: []string{"disconnect-path:disconnect", "disconnect=index.js", "message=events/chat.message.js", "ping=hooks/ping.js"},
		},
		{
			name: "TypeScript sources listed under their compiled names; a reassigned loop variable",
			files: map[string]string{
				"src/index.ts": `import { Server } from 'socket.io';
import fs from 'fs';
import path from 'path';
const io = new Server(3000);
io.on('connection', (socket) => {
  const dir = path.join(__dirname, 'events');
  for (let file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    file = path.basename(file, '.js');
    if (file.includes('.')) continue;
    socket.on(file, require(path.join(dir, file)).bind(null, socket));
  }
});
`,
				"src/events/join.ts":       handler("socket, name"),
				"src/events/disconnect.ts": handler("socket, reason"),
				"src/events/join.test.ts":  handler("socket"),
			},
			want: []string{"disconnect-path:disconnect", "disconnect=src/events/disconnect.ts", "join=src/events/join.ts"},
		},
		{
			name: "a filter assigned after the loop does not apply to it",
			files: map[string]string{
				"index.js": `const fs = require('fs');
const io = require('socket.io')(3000);
io.on('connection', (socket) => {
  fs.readdir(__dirname + '/events', (err, files) => {
    files.forEach((f) => socket.on(f, require('./events/' + f)));
    files = files.filter((f) => f.endsWith('.spec.js'));
  });
});
`,
				"events/join.js": handler("name"),
			},
			want: []string{"join.js=events/join.js"},
		},
		{
			name: "the default export taken off a computed require, called behind a typeof guard",
			files: map[string]string{
				"src/services/socket.ts": `import { Server, Socket } from 'socket.io';
import fs from 'fs';
import path from 'path';
const handlersDir = path.join(__dirname, '../handlers');
export const init = (io: Server) => {
  io.on('connection', (socket: Socket) => {
    fs.readdirSync(handlersDir).forEach((file) => {
      if (file.endsWith('.ts') || file.endsWith('.js')) {
        const handler = require(path.join(handlersDir, file)).default;
        if (typeof handler === 'function') handler(socket);
      }
    });
  });
};
`,
				"src/handlers/chat.ts":   "export default function (socket) { socket.on('chat', () => {}); socket.on('disconnect', () => {}); }\n",
				"src/handlers/README.md": "",
			},
			want: []string{"chat=src/handlers/chat.ts", "disconnect-path:disconnect", "disconnect=src/handlers/chat.ts"},
		},
		{
			name: "a computed name it cannot tell is not taken for disconnect",
			files: map[string]string{
				"index.js": `const fs = require('fs');
const io = require('socket.io')(3000);
io.on('connection', (socket) => {
  for (const f of fs.readdirSync('./ev')) socket.on(prefix() + f, require('./ev/' + f));
});
`,
				"ev/disconnect.js": handler("reason"),
			},
			want: []string{"=ev/disconnect.js"},
		},
		{
			name: "a folder that is not part of the run loads nothing",
			files: map[string]string{
				"index.js": `const fs = require('fs');
const io = require('socket.io')(3000);
io.on('connection', (socket) => {
  for (const f of fs.readdirSync('./plugins')) require('./plugins/' + f)(socket);
  socket.on('disconnect', () => {});
});
`,
			},
			want: []string{"disconnect-path:disconnect", "disconnect=index.js"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, dir := buildProject(t, tt.files)
			if got := events(p, dir); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("listeners:\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

func TestDirCandidates(t *testing.T) {
	got := DirCandidates("/app/server/src/client.js", "./src/events", false)
	want := []string{"/app/server/src/src/events", "/app/server/src/events", "/app/src/events", "/src/events"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cwd-relative: got %q, want %q", got, want)
	}
	if got := DirCandidates("/app/server/src/client.js", "events", true); !reflect.DeepEqual(got, []string{"/app/server/src/events"}) {
		t.Errorf("anchored: got %q", got)
	}
	if got := DirCandidates("/app/x.js", "/srv/handlers", false); !reflect.DeepEqual(got, []string{"/srv/handlers"}) {
		t.Errorf("absolute: got %q", got)
	}
}

func TestIsDisconnectLookAlike(t *testing.T) {
	for ev, want := range map[string]bool{
		"disconnected": true, "Disconnection": true, "on-disconnect": true, "onDisconnected": true,
		"disconnect": false, "disconnecting": false, "disconnectUser": false, "user-disconnected": false, "leave": false,
	} {
		if got := IsDisconnectLookAlike(ev); got != want {
			t.Errorf("IsDisconnectLookAlike(%q) = %v, want %v", ev, got, want)
		}
	}
}
