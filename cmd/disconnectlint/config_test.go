package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/report"
)

const presence = `const { Server } = require("socket.io");
const io = new Server(3000);
const users = new Map();
io.on("connection", (socket) => {
  users.set(socket.id, { name: "anon" });
  setInterval(() => socket.emit("tick"), 1000);
});
`

func findingsOf(t *testing.T, out string) []report.Finding {
	t.Helper()
	var rep report.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	return rep.Findings
}

func rulesAt(fs []report.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Path+":"+itoa(f.Line)+" "+f.Rule+" "+f.Severity)
	}
	return strings.Join(out, "\n")
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestConfig(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"app/server.js":           presence,
		"app/scripts/seed.js":     presence,
		"app/.disconnectlint.yml": "rules:\n  timer-not-cleared: warning\n  client-not-untracked: off\nexclude: [\"scripts/**\"]\n",
	})
	code, out, errs := runIn(t, dir, "--format", "json", "app")
	if code != exitOK { // only a warning is left
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	if got, want := rulesAt(findingsOf(t, out)), "app/server.js:6 timer-not-cleared warning"; got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	// Flags win over the file.
	_, out, _ = runIn(t, dir, "--format", "json", "--enable", "client-not-untracked", "app")
	if !strings.Contains(rulesAt(findingsOf(t, out)), "client-not-untracked") {
		t.Errorf("--enable did not override the config: %s", out)
	}
	// --config names another file.
	other := filepath.Join(dir, "strict.yml")
	os.WriteFile(other, []byte("rules:\n  timer-not-cleared: error\n"), 0o644)
	code, _, _ = runIn(t, dir, "--config", other, "app")
	if code != exitFindings {
		t.Errorf("--config strict.yml: exit %d, want 1", code)
	}
}

func TestBadConfig(t *testing.T) {
	for name, body := range map[string]string{
		"unknown key":  "rulez:\n  timer-not-cleared: off\n",
		"unknown rule": "rules:\n  timer-not-clear: off\n",
		"bad severity": "rules:\n  timer-not-cleared: loud\n",
		"bad glob":     "exclude: [\"[\"]\n",
		"bad yaml":     "rules: [\n",
		"bad resource": "resources:\n  - name: x\n    lang: go\n    acquire: \"not a name\"\n    release: [\"y\"]\n",
	} {
		dir := writeTree(t, map[string]string{"server.js": presence, ".disconnectlint.yml": body})
		code, out, errs := runIn(t, dir, ".")
		if code != exitUsage {
			t.Errorf("%s: exit %d, want 2", name, code)
		}
		if !strings.Contains(errs, ".disconnectlint.yml:") || out != "" {
			t.Errorf("%s: stderr should name the file and line, stdout stay empty: %q / %q", name, errs, out)
		}
	}
}

func TestSuppression(t *testing.T) {
	src := strings.Replace(presence, `  setInterval(`, "  // disconnectlint:ignore timer-not-cleared -- the process restarts hourly\n  setInterval(", 1)
	src = strings.Replace(src, `  users.set(`, "  users.set(", 1)
	src += "// disconnectlint:ignore client-not-untracked\n"
	src += "// disconnectlint:ignore listener-not-removed -- nothing here\n"
	dir := writeTree(t, map[string]string{"server.js": src})
	_, out, _ := runIn(t, dir, "--format", "json", "--report-unused-ignores", ".")
	got := rulesAt(findingsOf(t, out))
	want := strings.Join([]string{
		"server.js:5 client-not-untracked error",
		"server.js:9 invalid-ignore error",
		"server.js:10 unused-ignore warning",
	}, "\n")
	if got != want {
		t.Errorf("findings:\n%s\nwant:\n%s", got, want)
	}
	_, out, _ = runIn(t, dir, "--format", "json", ".")
	if strings.Contains(out, "unused-ignore") {
		t.Errorf("unused ignores are reported only when asked for")
	}
}

func TestBaseline(t *testing.T) {
	dir := writeTree(t, map[string]string{"server.js": presence})
	code, _, _ := runIn(t, dir, "--write-baseline", "base.json", ".")
	if code != exitOK {
		t.Fatalf("--write-baseline: exit %d, want 0", code)
	}
	code, out, _ := runIn(t, dir, "--baseline", "base.json", "--format", "json", ".")
	if code != exitOK || len(findingsOf(t, out)) != 0 {
		t.Fatalf("baselined run: exit %d, %s", code, out)
	}
	// Moving code down does not resurrect the old findings...
	moved := strings.Replace(presence, "const users", "// users online, by socket\n\nconst users", 1)
	// ...but a new leak does show.
	i := strings.LastIndex(moved, "});")
	moved = moved[:i] + "  setTimeout(function poll() { setTimeout(poll, 500); }, 500);\n" + moved[i:]
	os.WriteFile(filepath.Join(dir, "server.js"), []byte(moved), 0o644)
	code, out, _ = runIn(t, dir, "--baseline", "base.json", "--format", "json", ".")
	fs := findingsOf(t, out)
	if code != exitFindings || len(fs) != 1 || fs[0].Rule != "timer-not-cleared" || fs[0].Line != 9 {
		t.Errorf("after moving code and adding a leak: exit %d, %s", code, rulesAt(fs))
	}
	code, _, errs := runIn(t, dir, "--baseline", "missing.json", ".")
	if code != exitUsage || !strings.Contains(errs, "missing.json") {
		t.Errorf("missing baseline: exit %d %q", code, errs)
	}
}

func TestReviewFormats(t *testing.T) {
	dir := examplesDir(t)
	code, out, _ := runIn(t, dir, "--format", "sarif", "leaky")
	if code != exitFindings {
		t.Fatalf("sarif: exit %d", code)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID string `json:"ruleId"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Results) != len(expected(t)) {
		t.Errorf("sarif: %v %+v", err, log)
	}
	_, out, _ = runIn(t, dir, "--format", "github", "leaky")
	if n := strings.Count(out, "::error file=leaky/"); n != len(expected(t)) {
		t.Errorf("github: %d annotations, want %d:\n%s", n, len(expected(t)), out)
	}
	_, out, _ = runIn(t, dir, "--format", "checkstyle", "leaky")
	var cs struct {
		Files []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Source string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal([]byte(out), &cs); err != nil || len(cs.Files) != 2 {
		t.Errorf("checkstyle: %v %+v", err, cs)
	}
	// --output writes the report to a file and nothing to stdout.
	outFile := filepath.Join(t.TempDir(), "r.sarif")
	_, out, _ = runIn(t, dir, "--format", "sarif", "--output", outFile, "leaky")
	if b, err := os.ReadFile(outFile); err != nil || !strings.Contains(string(b), `"2.1.0"`) || out != "" {
		t.Errorf("--output: %v, stdout %q", err, out)
	}
}
