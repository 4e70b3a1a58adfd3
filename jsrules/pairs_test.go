package jsrules_test

import (
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/jsrules"
)

// TestUserPairs: a user-declared pair is an acquisition like the built-in
// ones, released by a method on the result or by a call taking it.
func TestUserPairs(t *testing.T) {
	src := `const { Server } = require("socket.io");
const redisPool = require("./redis-pool");
const leases = require("./leases");
const io = new Server(3000);
io.on("connection", async (socket) => {
  socket.on("disconnect", () => {
    redisPool.release(kept);
    lease.release();
  });
  const conn = await redisPool.acquire();
  const kept = await redisPool.acquire();
  const lease = leases.acquireLease(socket.id);
  const other = leases.acquireLease("x");
});
`
	cfg := jsrules.Config{
		Enabled: func(id string) bool { return id == "resource-not-released" },
		Pairs: []jsrules.Pair{
			{Name: "pooled redis connection", Acquire: "redisPool.acquire", Release: []string{"redisPool.release"}},
			{Name: "lease", Acquire: "acquireLease", Release: []string{"release"}},
		},
	}
	got := jsrules.CheckSourceConfig("server.js", []byte(src), cfg)
	var lines []string
	for _, f := range got {
		lines = append(lines, f.Message)
		if f.Line != 10 && f.Line != 13 {
			t.Errorf("unexpected finding at line %d: %s", f.Line, f.Message)
		}
	}
	if len(got) != 2 || !strings.Contains(got[0].Message, "pooled redis connection") || !strings.Contains(got[1].Message, "lease") {
		t.Errorf("findings:\n%s", strings.Join(lines, "\n"))
	}
	// Without the pairs nothing is known about these calls.
	if got := jsrules.CheckSourceConfig("server.js", []byte(src), jsrules.Config{Enabled: cfg.Enabled}); len(got) != 0 {
		t.Errorf("findings without pairs: %v", got)
	}
}
