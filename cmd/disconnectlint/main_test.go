package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/disconnectlint/disconnectlint/internal/testroot"
	"github.com/disconnectlint/disconnectlint/report"
)

// runIn runs the CLI with the working directory set to dir.
func runIn(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	old, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(old)
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func examplesDir(t *testing.T) string { return filepath.Join(testroot.Dir(t), "examples", "js") }

// expected reads examples/js/leaky/expected-findings.txt: "path:line:col rule".
func expected(t *testing.T) []string {
	f, err := os.Open(filepath.Join(examplesDir(t), "leaky", "expected-findings.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, "leaky/"+l)
	}
	sort.Strings(out)
	return out
}

func TestExamplesText(t *testing.T) {
	code, out, errs := runIn(t, examplesDir(t), "leaky", "fixed")
	if code != exitFindings {
		t.Fatalf("exit %d, want 1; stderr: %s", code, errs)
	}
	if errs != "" {
		t.Errorf("stderr is not a terminal, so it must stay empty; got %q", errs)
	}
	var got []string
	for _, l := range strings.Split(out, "\n") {
		if l == "" || strings.HasPrefix(l, "    ") {
			continue
		}
		// path:line:col: severity: message (rule)
		parts := strings.SplitN(l, ": ", 3)
		rule := l[strings.LastIndex(l, "(")+1 : len(l)-1]
		got = append(got, parts[0]+" "+rule)
		if strings.HasPrefix(l, "fixed/") {
			t.Errorf("finding in the fixed example: %s", l)
		}
	}
	sort.Strings(got)
	want := expected(t)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(out, "\n    leaky/") {
		t.Errorf("related locations are not printed indented:\n%s", out)
	}
}

func TestExamplesJSON(t *testing.T) {
	code, out, _ := runIn(t, examplesDir(t), "--format", "json", "leaky")
	if code != exitFindings {
		t.Fatalf("exit %d, want 1", code)
	}
	var rep report.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if rep.Version != 1 || rep.Tool.Name != "disconnectlint" || rep.Tool.Version == "" {
		t.Errorf("header: %+v", rep)
	}
	if len(rep.Findings) != len(expected(t)) {
		t.Errorf("%d findings, want %d", len(rep.Findings), len(expected(t)))
	}
	if rep.Stats.Files != 2 {
		t.Errorf("stats.files = %d, want 2", rep.Stats.Files)
	}
	fps := map[string]bool{}
	for _, f := range rep.Findings {
		if f.Line < 1 || f.Column < 1 || f.EndLine < f.Line || f.Fingerprint == "" || len(f.Related) == 0 {
			t.Errorf("incomplete finding: %+v", f)
		}
		if strings.Contains(f.Path, `\`) || filepath.IsAbs(f.Path) {
			t.Errorf("path must be relative with '/': %q", f.Path)
		}
		if fps[f.Fingerprint] {
			t.Errorf("duplicate fingerprint %s", f.Fingerprint)
		}
		fps[f.Fingerprint] = true
	}
	// The fixed example: an empty findings array, not null.
	code, out, _ = runIn(t, examplesDir(t), "--format=json", "fixed")
	if code != exitOK || !strings.Contains(out, `"findings": []`) {
		t.Errorf("fixed: exit %d, output %s", code, out)
	}
}

func TestDeterministic(t *testing.T) {
	_, a, _ := runIn(t, examplesDir(t), "--format", "json", "--jobs", "1", ".")
	_, b, _ := runIn(t, examplesDir(t), "--format", "json", "--jobs", "8", ".")
	strip := func(s string) string {
		i := strings.Index(s, `"durationMs"`)
		return s[:i]
	}
	if strip(a) != strip(b) {
		t.Errorf("output depends on --jobs")
	}
}

func TestExitCodes(t *testing.T) {
	dir := examplesDir(t)
	empty := t.TempDir()
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"leaky"}, exitFindings},
		{[]string{"--fail-on", "never", "leaky"}, exitOK},
		{[]string{"--fail-on", "warning", "fixed"}, exitOK},
		{[]string{"fixed"}, exitOK},
		{[]string{"leaky", "--disable", "timer-not-cleared,listener-not-removed,client-not-untracked,rooms-read-after-disconnect,late-disconnect-listener"}, exitOK},
		{[]string{"--no-such-flag", "leaky"}, exitUsage},
		{[]string{"--enable", "no-such-rule", "leaky"}, exitUsage},
		{[]string{"--format", "yaml", "leaky"}, exitUsage},
		{[]string{"--fail-on", "sometimes", "leaky"}, exitUsage},
		{[]string{"does-not-exist"}, exitUsage},
		{[]string{empty}, exitUsage},
		{[]string{"rules"}, exitOK},
		{[]string{"--version"}, exitOK},
		{[]string{"explain", "timer-not-cleared"}, exitOK},
		{[]string{"explain", "nope"}, exitUsage},
	} {
		code, out, errs := runIn(t, dir, tc.args...)
		if code != tc.code {
			t.Errorf("%v: exit %d, want %d\nstdout: %s\nstderr: %s", tc.args, code, tc.code, out, errs)
		}
	}
}

func TestRulesAndExplain(t *testing.T) {
	_, out, _ := runIn(t, examplesDir(t), "rules")
	for _, id := range []string{"timer-not-cleared", "parse-error", "goroutine-not-stopped"} {
		if !strings.Contains(out, id) {
			t.Errorf("rules output lacks %s", id)
		}
	}
	if !strings.Contains(out, "not yet") {
		t.Errorf("rules output must say which rules are not implemented yet")
	}
	_, page, _ := runIn(t, examplesDir(t), "explain", "rooms-read-after-disconnect")
	if !strings.Contains(page, "## What it does") {
		t.Errorf("explain did not print the rule page:\n%s", page)
	}
}

// writeTree writes files (path -> content) under a temp dir.
func writeTree(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	for p, c := range files {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const leakyServer = `const { Server } = require("socket.io");
const io = new Server(3000);
io.on("connection", (socket) => {
  setInterval(() => socket.emit("tick"), 1000);
});
`

func TestDiscovery(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"src/server.js":                leakyServer,
		"src/types.d.ts":               "declare const x: number;",
		"node_modules/lib/index.js":    leakyServer,
		"dist/server.js":               leakyServer,
		"public/app.min.js":            leakyServer,
		"gen/out.js":                   "// @generated by tool\n" + leakyServer,
		"ignored/server.js":            leakyServer,
		"keep/server.js":               leakyServer,
		"keep/skip.js":                 leakyServer,
		"scripts/seed.js":              leakyServer,
		"test/server.test.js":          leakyServer,
		"src/server.spec.ts":           leakyServer,
		".gitignore":                   "ignored/\n*.log\nkeep/skip.js\n",
		"keep/.gitignore":              "!skip.js\n",
		"README.md":                    "not code",
		"src/deep/er/presence.mts":     leakyServer,
		"src/deep/er/presence.cts":     leakyServer,
		"src/ui/view.tsx":              leakyServer,
		"src/ui/view.jsx":              leakyServer,
		"src/legacy.cjs":               leakyServer,
		"src/esm.mjs":                  leakyServer,
		"src/notes.txt":                leakyServer,
		"coverage/lcov-report/x.js":    leakyServer,
		"build/server.js":              leakyServer,
		"vendor/socket/server.js":      leakyServer,
		".git/hooks/x.js":              leakyServer,
		"src/nested/node_modules/a.js": leakyServer,
	})
	code, out, _ := runIn(t, dir, "--exclude", "scripts/**", ".")
	if code != exitFindings {
		t.Fatalf("exit %d\n%s", code, out)
	}
	var paths []string
	for _, l := range strings.Split(out, "\n") {
		if l != "" && !strings.HasPrefix(l, " ") {
			paths = append(paths, l[:strings.Index(l, ":")])
		}
	}
	want := []string{"keep/server.js", "keep/skip.js", "src/deep/er/presence.cts", "src/deep/er/presence.mts",
		"src/esm.mjs", "src/legacy.cjs", "src/server.js", "src/ui/view.jsx", "src/ui/view.tsx"}
	if strings.Join(paths, " ") != strings.Join(want, " ") {
		t.Errorf("files reported:\n  %v\nwant:\n  %v", paths, want)
	}
	// --tests brings test files back; an explicit file is always linted.
	_, out, _ = runIn(t, dir, "--tests", "test")
	if !strings.Contains(out, "test/server.test.js") {
		t.Errorf("--tests: %s", out)
	}
	_, out, _ = runIn(t, dir, "dist/server.js")
	if !strings.Contains(out, "dist/server.js:4:3") {
		t.Errorf("explicit file: %s", out)
	}
}

// TestBadInput: a truncated file, a huge minified bundle, deep nesting,
// invalid UTF-8 and an unreadable file each get a clear result and the run
// goes on to the other files.
func TestBadInput(t *testing.T) {
	var minified strings.Builder
	minified.WriteString(`const {Server}=require("socket.io");const io=new Server(3000);`)
	for minified.Len() < 1<<20 {
		fmt.Fprintf(&minified, `function f%d(a,b){return a.map(x=>x*%d).filter(Boolean).reduce((s,v)=>s+v,b)}`, minified.Len(), minified.Len()%97)
	}
	minified.WriteString(`io.on("connection",s=>{setInterval(()=>s.emit("t"),1e3)});`)
	deep := strings.Repeat("[", 5000) + strings.Repeat("]", 5000)
	deepFn := strings.Repeat("(function(){", 2000) + strings.Repeat("})();", 2000)
	dir := writeTree(t, map[string]string{
		"a_truncated.js": "const { Server } = require('socket.io');\nconst io = new Server(3000);\nio.on('connection', (socket) => {\n  setInterval(() => socket.emit('x'), 1000);\n  socket.on('disconnect', () => {\n",
		"b_bundle.js":    minified.String(),
		"c_deep.js":      "const x = " + deep + ";\n",
		"c_deepfn.js":    deepFn + "\n",
		"d_utf8.js":      "const s = '\xff\xfe\x80';\n" + leakyServer,
		"z_server.js":    leakyServer,
	})
	fifo := filepath.Join(dir, "e_fifo.js")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, out, errs := runIn(t, dir, "--format", "json", ".")
	if d := time.Since(start); d > 60*time.Second {
		t.Errorf("took %v", d)
	}
	if code != exitFindings {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	var rep report.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, f := range rep.Findings {
		got[f.Path] = append(got[f.Path], fmt.Sprintf("%d %s", f.Line, f.Rule))
	}
	check := func(path string, want ...string) {
		t.Helper()
		if strings.Join(got[path], ",") != strings.Join(want, ",") {
			t.Errorf("%s: findings %v, want %v", path, got[path], want)
		}
	}
	check("a_truncated.js", "5 parse-error") // the rest may be lost to error recovery, as the message says
	check("b_bundle.js", "1 timer-not-cleared")
	check("d_utf8.js", "5 timer-not-cleared")
	check("z_server.js", "4 timer-not-cleared")
	check("e_fifo.js", "1 parse-error")
	if rep.Stats.Files != 7 {
		t.Errorf("stats.files = %d, want 7", rep.Stats.Files)
	}
	if len(got["c_deep.js"])+len(got["c_deepfn.js"]) != 0 {
		t.Errorf("deep files: %v %v", got["c_deep.js"], got["c_deepfn.js"])
	}
	if os.Geteuid() != 0 {
		p := filepath.Join(dir, "f_noperm.js")
		os.WriteFile(p, []byte(leakyServer), 0o000)
		_, out, _ := runIn(t, dir, "f_noperm.js")
		if !strings.Contains(out, "cannot be read") {
			t.Errorf("unreadable file: %s", out)
		}
	}
}

// TestReadmeRulesTable keeps the README's rules table in step with the
// catalogue. Regenerate it with: go run ./cmd/disconnectlint rules --markdown
func TestReadmeRulesTable(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(testroot.Dir(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if want := markdownRules(); !strings.Contains(string(readme), want) {
		t.Errorf("README.md rules table is stale; replace it with the output of 'go run ./cmd/disconnectlint rules --markdown':\n%s", want)
	}
}
