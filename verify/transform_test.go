package verify

import (
	"strings"
	"testing"
	"time"

	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsparse"
	"github.com/disconnectlint/disconnectlint/jsrules"
)

const tsSrc = `import { createServer } from "http";
import type { Socket as S } from "socket.io";
import { Server, Socket } from "socket.io";
import * as os from "os";
import Redis from "ioredis";

interface Player { id: string; name?: string }
type Id = string;
enum Color { Red, Green = 5, Blue }

const players = new Map<Id, Player>();
export const io = new Server<any, any>(createServer(), { cors: { origin: "*" } });

class Room {
  private readonly members: Set<string> = new Set();
  constructor(public name: string, private limit?: number) {}
  add(id: Id): void { this.members.add(id!); }
}

export default function setup(io: Server): void {
  io.on("connection", (socket: Socket) => {
    const p = { id: socket.id } as Player;
    players.set(socket.id, p satisfies Player);
    const t = setInterval(() => socket.emit("c", Color.Blue), 1000 as number); // line 24
    socket.on("name", (name: string, ack?: (ok: boolean) => void) => {
      p.name = <string>name;
      ack?.(true);
    });
  });
}
setup(io);
`

// TestTransform checks that TypeScript and ESM become runnable CommonJS
// with every line where it was.
func TestTransform(t *testing.T) {
	tree, err := jsparse.Parse([]byte(tsSrc), jsparse.TypeScript)
	if err != nil {
		t.Fatal(err)
	}
	body, async := toJS(tree, jsmodel.Build("x.ts", tree))
	if async {
		t.Error("no top-level await, but async")
	}
	in, out := strings.Split(tsSrc, "\n"), strings.Split(body, "\n")
	for i := range in {
		if i >= len(out) {
			t.Fatalf("output has only %d lines", len(out))
		}
		if strings.Contains(in[i], "setInterval") && !strings.Contains(out[i], "setInterval") {
			t.Errorf("line %d moved: %q", i+1, out[i])
		}
	}
	for _, gone := range []string{"interface", "import ", "<Id, Player>", ": Socket", "private", "satisfies", " as Player", "type Id"} {
		if strings.Contains(body, gone) {
			t.Errorf("output still contains %q:\n%s", gone, body)
		}
	}
	r := File("x.ts", []byte(tsSrc), Options{Clients: 3})
	if !liveLines(r, "timer")[24] || !liveLines(r, "entry")[23] {
		t.Errorf("TS module: interval at 24 and entry at 23 not live: note %q %+v", r.Note, r.Scopes)
	}
}

// TestUserPairs checks that user-declared pairs are acquisitions and
// releases in the sandbox too.
func TestUserPairs(t *testing.T) {
	src := `const { Server } = require('socket.io');
const redisPool = require('./redis-pool');
const io = new Server(3000);
io.on('connection', async (socket) => {
  const conn = await redisPool.acquire();
  const lease = await redisPool.acquire();
  socket.on('disconnect', () => {
    redisPool.release(lease);
  });
});
`
	pairs := []jsrules.Pair{{Name: "pooled-redis", Acquire: "redisPool.acquire", Release: []string{"release", "redisPool.release"}}}
	r := File("pairs.js", []byte(src), Options{Clients: 3, Budget: 2 * time.Second, Pairs: pairs})
	live := liveLines(r, "resource")
	if !live[5] || live[6] {
		t.Errorf("user pair: want line 5 live and 6 released, got %v (%+v)", live, r.Scopes)
	}
}
