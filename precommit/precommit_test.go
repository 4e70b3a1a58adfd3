package precommit_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// userFiles is a repository that uses the hooks: a leaky JS server and a
// leaky Go package on a stub of github.com/googollee/go-socket.io (a
// nested module reached by a replace, so no network is needed).
var userFiles = map[string]string{
	"server.js": `const { Server } = require("socket.io");

const io = new Server(3000);
io.on("connection", (socket) => {
  const timer = setInterval(() => socket.emit("tick"), 1000);
  socket.on("disconnect", () => console.log("bye", socket.id));
});
`,
	"go.mod": `module example.com/precommituser

go 1.26

require github.com/googollee/go-socket.io v1.7.0

replace github.com/googollee/go-socket.io => ./third_party/go-socket.io
`,
	"chat/chat.go": `// Package chat tracks members and forgets to untrack them.
package chat

import (
	"log"
	"sync"

	socketio "github.com/googollee/go-socket.io"
)

var (
	mu      sync.Mutex
	members = map[string]socketio.Conn{}
)

// New wires the chat namespace.
func New(server *socketio.Server) {
	server.OnConnect("/", func(s socketio.Conn) error {
		mu.Lock()
		members[s.ID()] = s
		mu.Unlock()
		return nil
	})
	server.OnDisconnect("/", func(s socketio.Conn, reason string) { log.Println("left", reason) })
}
`,
	"chat/names.go": `package chat

// Count is in another file of the package: passing chat.go alone must
// still load the whole package.
func Count() int { return len(members) }
`,
	"third_party/go-socket.io/go.mod": "module github.com/googollee/go-socket.io\n\ngo 1.26\n",
	"third_party/go-socket.io/socketio.go": `// Package socketio is a stub of github.com/googollee/go-socket.io v1.7.0.
package socketio

// Conn is a connection.
type Conn interface {
	ID() string
	Emit(event string, v ...interface{})
	Context() interface{}
	SetContext(ctx interface{})
}

// Server is a server.
type Server struct{}

// OnConnect registers a connection handler.
func (s *Server) OnConnect(namespace string, f func(Conn) error) {}

// OnDisconnect registers a disconnect handler.
func (s *Server) OnDisconnect(namespace string, f func(Conn, string)) {}
`,
	"README.md": "not a source file: types_or filters it out\n",
}

// wantFindings are what both hooks must print, as regexps.
var wantFindings = []string{
	`server\.js:5:\d+: error: .*\(timer-not-cleared\)`,
	`chat/chat\.go:20:\d+: error: .*\(client-not-untracked\)`,
}

// TestHooks installs the hooks of .pre-commit-hooks.yaml with the real
// pre-commit (language: golang, go install ./...) and runs both on the user
// repository with `pre-commit try-repo HOOKREPO --all-files`.
//
// try-repo installs from the hook repository's git HEAD; with uncommitted
// changes to tracked files it uses a shadow clone with them, and untracked
// files are never included. So the hook repository is a fresh git
// repository holding a copy of this working tree (tracked or not, minus
// .git, caches and testdata): the test checks the code as it is on disk,
// on a clean clone in CI as in a working copy.
func TestHooks(t *testing.T) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not on PATH (Debian: apt-get install -y pre-commit)")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not on PATH")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	tmp := t.TempDir()

	hookRepo := filepath.Join(tmp, "hookrepo")
	copyTree(t, root, hookRepo)
	gitCommit(ctx, t, hookRepo)

	user := filepath.Join(tmp, "user")
	for name, body := range userFiles {
		p := filepath.Join(user, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gitCommit(ctx, t, user)

	cmd := exec.CommandContext(ctx, "pre-commit", "try-repo", hookRepo, "--all-files", "--verbose")
	cmd.Dir = user
	// GOMODCACHE keeps pre-commit's GOPATH=<envdir> from downloading the
	// linter's dependencies again; GOFLAGS drops -mod settings that would
	// not fit the hook repository.
	gomodcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Env = append(os.Environ(),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit-home"),
		"GOMODCACHE="+strings.TrimSpace(string(gomodcache)),
		"PRE_COMMIT_COLOR=never",
		"NO_COLOR=1",
	)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	t.Logf("pre-commit try-repo took %s; output:\n%s", time.Since(start).Round(time.Second), out)
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Fatalf("pre-commit try-repo: %v, want exit status 1 (hooks failed)\n%s", err, out)
	}

	sections := hookOutputs(string(out))
	for _, id := range []string{"disconnectlint", "disconnectlint-full"} {
		s, ok := sections[id]
		if !ok {
			t.Errorf("no output for hook %s:\n%s", id, out)
			continue
		}
		if !strings.Contains(s.status, "Failed") || !strings.Contains(s.body, "exit code: 1") {
			t.Errorf("hook %s did not fail with exit code 1:\n%s%s", id, s.status, s.body)
		}
		for _, w := range wantFindings {
			if !regexp.MustCompile(`(?m)^` + w + `$`).MatchString(s.body) {
				t.Errorf("hook %s: no line matching %s in:\n%s", id, w, s.body)
			}
		}
		if strings.Contains(s.body, "third_party") || strings.Contains(s.body, "README") {
			t.Errorf("hook %s reports on the stub or README:\n%s", id, s.body)
		}
	}
}

type hookOutput struct{ status, body string }

// hookOutputs splits pre-commit's run output by hook id: each hook prints
// "name....Failed", then "- hook id: ID", "- exit code: N" and its output.
func hookOutputs(out string) map[string]hookOutput {
	res := map[string]hookOutput{}
	lines := strings.Split(out, "\n")
	for i := 0; i < len(lines); i++ {
		id, ok := strings.CutPrefix(lines[i], "- hook id: ")
		if !ok {
			continue
		}
		status := ""
		if i > 0 {
			status = lines[i-1]
		}
		var body bytes.Buffer
		for j := i + 1; j < len(lines); j++ {
			if j+1 < len(lines) && strings.HasPrefix(lines[j+1], "- hook id: ") {
				break
			}
			body.WriteString(lines[j] + "\n")
		}
		res[strings.TrimSpace(id)] = hookOutput{status: status, body: body.String()}
	}
	return res
}

// copyTree copies the working tree at from, without the directories that
// are not part of the source (.git, caches, build output, testdata, nested
// tool modules) and the binaries .gitignore names.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	skipAnywhere := map[string]bool{".git": true, "node_modules": true, "testdata": true}
	skipTop := map[string]bool{".cache": true, "bin": true, "tools": true}
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			if rel != "." && (skipAnywhere[d.Name()] || skipTop[rel]) {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		if !d.Type().IsRegular() || rel == "disconnectlint" || strings.HasSuffix(rel, ".test") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// gitCommit makes dir a git repository with everything in it committed.
func gitCommit(ctx context.Context, t *testing.T, dir string) {
	t.Helper()
	for _, args := range [][]string{
		{"init", "-q"},
		{"add", "-A"},
		{"-c", "user.name=disconnectlint test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
			"commit", "-q", "-m", "snapshot"},
	} {
		cmd := exec.CommandContext(ctx, "git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
		}
	}
}
