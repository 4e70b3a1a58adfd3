package sarif_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/report"
	"github.com/disconnectlint/disconnectlint/rules"
)

// The sample repository: a JS server, a TS file with non-ASCII text and name,
// and a Go hub, with findings of JS and Go rules, one of them a security rule.
var sampleFiles = map[string]string{
	"src/server.js": `const sessions = new Map();
io.on("connection", (socket) => {
  const { userId } = socket.handshake.query;
  sessions.set(userId, socket.id);
  const timer = setInterval(() => {
    socket.emit("tick");
  }, 1000);
  socket.on("disconnect", () => {
    sessions.delete(userId);
  });
});
`,
	"src/i18n/grüße.ts": "// Grüße 👋\r\n" +
		"socket.on(\"hi\", () => { const t = \"héllo 👋\"; setInterval(tick, 1000); });\r\n",
	"internal/chat/hub.go": `package chat

import (
	"time"

	socketio "github.com/googollee/go-socket.io"
)

var clients = map[string]socketio.Conn{}

func Register(server *socketio.Server) {
	server.OnConnect("/", func(s socketio.Conn) error {
		clients[s.ID()] = s
		go func() {
			for range time.Tick(time.Second) {
				s.Emit("tick")
			}
		}()
		return nil
	})
	server.OnDisconnect("/", func(s socketio.Conn, reason string) {
		if reason == "client namespace disconnect" {
			delete(clients, s.ID())
		}
	})
}
`,
}

// lineOf returns the 1-based line of file and the text of it.
func lineOf(t testing.TB, file string, line int) string {
	t.Helper()
	lines := strings.Split(sampleFiles[file], "\n")
	if line < 1 || line > len(lines) {
		t.Fatalf("%s has no line %d", file, line)
	}
	return strings.TrimSuffix(lines[line-1], "\r")
}

// col is the 1-based byte column of the first occurrence of needle on a line.
func col(t testing.TB, file string, line int, needle string) int {
	t.Helper()
	i := strings.Index(lineOf(t, file, line), needle)
	if i < 0 {
		t.Fatalf("%s:%d has no %q", file, line, needle)
	}
	return i + 1
}

func msg(t testing.TB, rule, id string, args ...any) string {
	t.Helper()
	r, ok := rules.Lookup(rule)
	if !ok {
		t.Fatalf("no rule %s", rule)
	}
	return r.Message(id, args...)
}

// sampleRepo writes the sample files under a temporary directory and returns
// it with a sorted, fingerprinted report of findings in them.
func sampleRepo(t testing.TB) (string, *report.Report) {
	t.Helper()
	root := t.TempDir()
	for name, text := range sampleFiles {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const js, ts, hub = "src/server.js", "src/i18n/grüße.ts", "internal/chat/hub.go"
	handlerJS := report.Related{Path: js, Line: 8, Column: col(t, js, 8, "socket.on"), Message: "disconnect handler registered here"}
	handlerGo := report.Related{Path: hub, Line: 21, Column: col(t, hub, 21, "server.OnDisconnect"), Message: "OnDisconnect handler registered here"}
	fs := []report.Finding{
		{
			Rule: "timer-not-cleared", Severity: "error", Path: js,
			Line: 5, Column: col(t, js, 5, "setInterval"), EndLine: 7, EndColumn: col(t, js, 7, ";"),
			Message: msg(t, "timer-not-cleared", "timer", "setInterval", "clearInterval(timer)", "disconnect handler at src/server.js:8"),
			Related: []report.Related{handlerJS},
		},
		{
			Rule: "untrusted-cleanup-key", Severity: "error", Path: js,
			Line: 9, Column: col(t, js, 9, "userId"), EndLine: 9, EndColumn: col(t, js, 9, "userId") + len("userId"),
			Message: msg(t, "untrusted-cleanup-key", "key", "socket.handshake.query.userId"),
			Related: []report.Related{
				{Path: js, Line: 3, Column: col(t, js, 3, "userId"), Message: "client-controlled value read from socket.handshake.query here"},
				handlerJS,
			},
		},
		{
			Rule: "timer-not-cleared", Severity: "error", Path: ts,
			Line: 2, Column: col(t, ts, 2, "setInterval"), EndLine: 2, EndColumn: col(t, ts, 2, "; });"),
			Message: msg(t, "timer-not-cleared", "timer", "setInterval", "clearInterval", "no disconnect handler is registered for this socket"),
		},
		{
			Rule: "client-not-untracked", Severity: "error", Path: hub,
			Line: 13, Column: col(t, hub, 13, "clients"), EndLine: 13, EndColumn: col(t, hub, 13, " = s") + len(" = s"),
			Message: msg(t, "client-not-untracked", "insert", "s", "package-level map clients", "delete(clients, s.ID())", "OnDisconnect at internal/chat/hub.go:21"),
			Related: []report.Related{handlerGo},
		},
		{
			Rule: "goroutine-not-stopped", Severity: "error", Path: hub,
			Line: 14, Column: col(t, hub, 14, "go func"),
			Message: msg(t, "goroutine-not-stopped", "goroutine", "ranges over time.Tick [forever]", "OnDisconnect at internal/chat/hub.go:21"),
			Related: []report.Related{handlerGo, {Path: hub, Line: 15, Column: col(t, hub, 15, "time.Tick"), Message: "endless loop here"}},
		},
		{
			Rule: "reason-filtered-cleanup", Severity: "warning", Path: hub,
			Line: 22, Column: col(t, hub, 22, "reason =="), EndLine: 22, EndColumn: col(t, hub, 22, " {"),
			Message: msg(t, "reason-filtered-cleanup", "reason", `reason == "client namespace disconnect"`),
			Related: []report.Related{handlerGo},
		},
	}
	fs = report.Sort(fs)
	report.AddFingerprints(fs, func(path string, line int) string { return lineOf(t, path, line) })
	r := &report.Report{
		Version:  1,
		Tool:     report.Tool{Name: "disconnectlint", Version: "v0.1.0"},
		Findings: fs,
		Errors: []report.Error{
			{Path: "internal/broken", Message: "go package does not type-check: undefined: frobnicate"},
			{Message: "no JavaScript, TypeScript or Go files under vendor-only"},
		},
		Stats: report.Stats{Files: 3, GoPackages: 2, DurationMs: 12},
	}
	return root, r
}
