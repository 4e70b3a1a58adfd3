package verify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/disconnectlint/disconnectlint/jsrules"
)

func limitFixture(t *testing.T, name string, opt Options) FileResult {
	t.Helper()
	path := filepath.Join("..", "testdata", "src", "js", "verify", name)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	r := File(path, src, opt)
	if el := time.Since(start); el > opt.Budget+3*time.Second {
		t.Errorf("%s: took %v, budget %v", name, el, opt.Budget)
	}
	t.Logf("%s: %v; note: %q; scopes: %+v; sandboxed: %q", name, r.Duration, r.Note, r.Scopes, r.Sandboxed)
	return r
}

func scopeNote(r FileResult) string {
	var out []string
	for _, s := range r.Scopes {
		out = append(out, s.Note)
	}
	return strings.Join(out, " | ")
}

var escapes = []string{
	"/tmp/disconnectlint-verify-escape-load",
	"/tmp/disconnectlint-verify-escape-exec",
	"/tmp/disconnectlint-verify-escape-handler",
	"/tmp/disconnectlint-verify-escape-eval",
}

// TestSandboxLimits checks that each limit ends the scope with a clear note,
// within the budget, and that nothing the code does reaches the host.
func TestSandboxLimits(t *testing.T) {
	for _, f := range escapes {
		os.Remove(f)
	}
	opt := Options{Clients: 3, Budget: 700 * time.Millisecond, MaxHeap: 96 << 20}
	cases := []struct {
		file, note string
	}{
		{"limit_loop_at_load.js", "time budget"},
		{"limit_loop_in_handler.js", "time budget"},
		{"limit_throw_at_load.js", "throws while loading at line 6: Error: SOCKET_PORT is not set"},
		{"limit_process_exit.js", "process.exit(0) at line 11"},
		{"limit_eval.js", "eval at line 9 is not supported"},
		{"limit_function_ctor.js", "Function constructor at line 6 is not supported"},
		{"limit_allocation.js", "allocation cap"},
		{"limit_string_bomb.js", "allocation cap"},
		{"limit_recursion.js", "line 7"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			o := opt
			if c.note == "allocation cap" {
				o.Budget = 5 * time.Second // filling arrays is slow in goja: let the heap cap act first
			}
			r := limitFixture(t, c.file, o)
			if n := scopeNote(r); !strings.Contains(n, c.note) {
				t.Errorf("%s: scope note %q does not say %q", c.file, n, c.note)
			}
		})
	}

	r := limitFixture(t, "limit_fs_escape.js", opt)
	if n := scopeNote(r) + r.Note; strings.Contains(n, "escaped") || n != "" {
		t.Errorf("fs escape: unexpected note %q", n)
	}
	joined := strings.Join(r.Sandboxed, "\n")
	for _, want := range []string{`fs.readFileSync("/etc/passwd"`, "fs.writeFileSync", "child_process.execSync"} {
		if !strings.Contains(joined, want) {
			t.Errorf("fs escape: sandboxed calls %q do not list %s", r.Sandboxed, want)
		}
	}
	if !liveLines(r, "timer")[20] {
		t.Errorf("fs escape: the leaking interval at line 20 was not confirmed: %+v", r.Scopes)
	}
	for _, f := range escapes {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("the sandboxed code created %s", f)
			os.Remove(f)
		}
	}
}

// TestAnnotate confirms static findings with the sandbox, and keeps the
// ones it cannot reach with a note.
func TestAnnotate(t *testing.T) {
	on := func(id string) bool { return true }
	for _, c := range []struct {
		path      string
		confirmed bool
		note      string
	}{
		{"../testdata/src/js/timer-not-cleared/pos_job_status_polling_loop.js", true, ""},
		{"../testdata/src/js/client-not-untracked/pos_lobby_players.mjs", false, "not reached"},
		{"../testdata/src/js/verify/limit_throw_at_load.js", false, "SOCKET_PORT"},
	} {
		src, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		fs := jsrules.CheckSource(c.path, src, on)
		r := File(c.path, src, Options{Clients: 3})
		vs := Annotate(fs, r)
		if len(vs) != len(fs) {
			t.Fatalf("%s: %d verdicts for %d findings", c.path, len(vs), len(fs))
		}
		seen := false
		for _, v := range vs {
			f := fs[v.Index]
			if _, checked := kindsFor[f.Rule]; !checked {
				if v.Confirmed || v.Note == "" {
					t.Errorf("%s: %s: unchecked rule has verdict %+v", c.path, f.Rule, v)
				}
				continue
			}
			seen = true
			t.Logf("%s:%d %s: %+v", c.path, f.Line, f.Rule, v)
			if v.Confirmed != c.confirmed || (!v.Confirmed && !strings.Contains(v.Note, c.note)) {
				t.Errorf("%s:%d %s: verdict %+v, want confirmed=%v note~%q", c.path, f.Line, f.Rule, v, c.confirmed, c.note)
			}
			if v.Confirmed && (v.Scenario == "" || v.Live <= 0) {
				t.Errorf("%s: confirmed without scenario or count: %+v", c.path, v)
			}
		}
		if !seen && c.confirmed {
			t.Errorf("%s: no checked finding", c.path)
		}
	}
}
