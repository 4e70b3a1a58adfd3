package baseline_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/internal/baseline"
	"github.com/disconnectlint/disconnectlint/report"
)

// fingerprinted returns findings for (rule, line) pairs in src, with
// fingerprints as the CLI computes them.
func fingerprinted(path, src string, at ...any) []report.Finding {
	lines := strings.Split(src, "\n")
	var fs []report.Finding
	for i := 0; i < len(at); i += 2 {
		fs = append(fs, report.Finding{Rule: at[i].(string), Severity: "error", Path: path, Line: at[i+1].(int), Column: 1,
			Message: "m " + at[i].(string), Related: []report.Related{}})
	}
	fs = report.Sort(fs)
	report.AddFingerprints(fs, func(p string, n int) string {
		if p != path || n < 1 || n > len(lines) {
			return ""
		}
		return lines[n-1]
	})
	return fs
}

const v1 = `io.on('connection', (socket) => {
  const t = setInterval(tick, 1000);
  bus.on('x', onX);
});
`

// v2 moves the code down, re-indents it, and adds an identical interval
// line and a new leak.
const v2 = `// a new header comment
// and another

io.on('connection', (socket) => {
    const t = setInterval(tick, 1000);
    bus.on('x', onX);
    const t = setInterval(tick, 1000);
    users.add(socket);
});
`

func writeLoad(t *testing.T, fs []report.Finding) *baseline.Baseline {
	t.Helper()
	var buf bytes.Buffer
	if err := baseline.Write(&buf, fs); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "baseline.json")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := baseline.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRoundTrip(t *testing.T) {
	fs := fingerprinted("src/server.js", v1, "timer-not-cleared", 2, "listener-not-removed", 3)
	b := writeLoad(t, fs)
	if b.Len() != 2 || b.Tool.Name != "disconnectlint" {
		t.Fatalf("got %+v", b)
	}
	fresh, matched := b.Filter(fs)
	if len(fresh) != 0 || matched != 2 {
		t.Errorf("fresh %+v matched %d", fresh, matched)
	}
	e := b.Entries[0]
	if e.Rule != "timer-not-cleared" || e.Path != "src/server.js" || e.Line != 2 || e.Fingerprint != fs[0].Fingerprint || e.Message != "m timer-not-cleared" {
		t.Errorf("entry %+v", e)
	}
}

func TestFormat(t *testing.T) {
	fs := fingerprinted("src/server.js", v1, "listener-not-removed", 3, "timer-not-cleared", 2)
	fs = append(fingerprinted("a.js", "x\n", "parse-error", 1), fs...)
	var buf bytes.Buffer
	if err := baseline.WriteTool(&buf, report.Tool{Name: "disconnectlint", Version: "v0.1.0"}, fs); err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "tool": {
    "name": "disconnectlint",
    "version": "v0.1.0"
  },
  "entries": [
    {
      "rule": "parse-error",
      "path": "a.js",
      "fingerprint": "` + fs[0].Fingerprint + `",
      "message": "m parse-error",
      "line": 1
    },
    {
      "rule": "timer-not-cleared",
      "path": "src/server.js",
      "fingerprint": "` + fs[1].Fingerprint + `",
      "message": "m timer-not-cleared",
      "line": 2
    },
    {
      "rule": "listener-not-removed",
      "path": "src/server.js",
      "fingerprint": "` + fs[2].Fingerprint + `",
      "message": "m listener-not-removed",
      "line": 3
    }
  ]
}
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}

	buf.Reset()
	if err := baseline.Write(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"entries": []`) {
		t.Errorf("empty baseline: %s", buf.String())
	}
	if err := baseline.Write(&buf, []report.Finding{{Rule: "timer-not-cleared", Path: "a.js", Line: 3}}); err == nil ||
		err.Error() != "baseline: finding a.js:3 (timer-not-cleared) has no fingerprint; call report.AddFingerprints first" {
		t.Errorf("got %v", err)
	}
}

func TestMovedCodeAndNewFindings(t *testing.T) {
	old := fingerprinted("src/server.js", v1, "timer-not-cleared", 2, "listener-not-removed", 3)
	b := writeLoad(t, old)

	now := fingerprinted("src/server.js", v2,
		"timer-not-cleared", 5, // moved and re-indented: matched
		"listener-not-removed", 6, // moved: matched
		"timer-not-cleared", 7, // identical text, second occurrence: new
		"client-not-untracked", 8, // new leak: new
	)
	fresh, matched := b.Filter(now)
	if matched != 2 {
		t.Errorf("matched %d, want 2", matched)
	}
	var got []string
	for _, f := range fresh {
		got = append(got, f.Rule+"@"+string(rune('0'+f.Line)))
	}
	want := []string{"timer-not-cleared@7", "client-not-untracked@8"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("new findings %v, want %v", got, want)
	}

	// Same path, same line text, another rule: new.
	other := fingerprinted("src/server.js", v1, "resource-not-released", 2)
	if fresh, matched := b.Filter(other); len(fresh) != 1 || matched != 0 {
		t.Errorf("another rule on a baselined line: fresh %v matched %d", fresh, matched)
	}
	// Same finding in a renamed file: new.
	renamed := fingerprinted("src/app.js", v1, "timer-not-cleared", 2)
	if fresh, _ := b.Filter(renamed); len(fresh) != 1 {
		t.Errorf("renamed file: fresh %v", fresh)
	}
	// Filter does not consume the baseline.
	if _, matched := b.Filter(old); matched != 2 {
		t.Errorf("second Filter matched %d", matched)
	}
}

func TestMultiset(t *testing.T) {
	fp := "0123456789abcdef0123456789abcdef"
	f := report.Finding{Rule: "timer-not-cleared", Path: "a.js", Line: 1, Fingerprint: fp}
	b := writeLoad(t, []report.Finding{f, f})
	g := f
	g.Line = 9
	fresh, matched := b.Filter([]report.Finding{f, g, f})
	if matched != 2 || len(fresh) != 1 || fresh[0].Line != 1 {
		t.Errorf("fresh %+v matched %d", fresh, matched)
	}
	// A finding without a fingerprint never matches.
	if fresh, matched := b.Filter([]report.Finding{{Rule: "x"}}); len(fresh) != 1 || matched != 0 {
		t.Errorf("no fingerprint: fresh %+v matched %d", fresh, matched)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, data, want string }{
		{"empty", "  \n", "baseline file is empty; write one with --write-baseline"},
		{"not json", "{\n  \"version\": 1,\n  entries: []\n}\n", "baseline is not valid JSON: line 3, column 3: invalid character 'e' looking for beginning of object key string"},
		{"array", "[]", "baseline is not valid JSON: line 1, column 1: the file is a JSON array, not an object"},
		{"report", `{"version": 1, "tool": {"name": "disconnectlint"}, "findings": []}`, "this is a disconnectlint report, not a baseline; write a baseline with --write-baseline"},
		{"other json", `{"a": 1}`, `not a disconnectlint baseline: no "entries"`},
		{"no version", `{"entries": []}`, `not a disconnectlint baseline: no "version"`},
		{"future version", `{"version": 2, "entries": []}`, "baseline version 2 is not supported (this disconnectlint reads version 1); rewrite it with --write-baseline"},
		{"other tool", `{"version": 1, "tool": {"name": "eslint"}, "entries": []}`, `baseline was written by "eslint", not disconnectlint`},
		{"entries not a list", "{\"version\": 1,\n \"entries\": {}}", "not a disconnectlint baseline: line 2, column 13: \"entries\" is a JSON object, which is the wrong type"},
		{"no fingerprint", `{"version": 1, "entries": [{"rule": "timer-not-cleared", "path": "a.js", "line": 3}]}`, "baseline entry 1 (a.js:3 timer-not-cleared) has no fingerprint"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".json")
			if err := os.WriteFile(p, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := baseline.Load(p)
			if err == nil || err.Error() != p+": "+tc.want {
				t.Errorf("got  %v\nwant %s: %s", err, p, tc.want)
			}
		})
	}
	missing := filepath.Join(dir, "missing.json")
	if _, err := baseline.Load(missing); err == nil || err.Error() != missing+": cannot read baseline: no such file or directory" {
		t.Errorf("got %v", err)
	}
	// An empty baseline is valid and matches nothing.
	b, err := baseline.Parse("b.json", []byte(`{"version": 1, "tool": {"name": "disconnectlint"}, "entries": []}`))
	if err != nil || b.Len() != 0 {
		t.Fatalf("got %v, %v", b, err)
	}
	fs := []report.Finding{{Rule: "x", Fingerprint: "f"}}
	if fresh, matched := b.Filter(fs); len(fresh) != 1 || matched != 0 {
		t.Errorf("fresh %v matched %d", fresh, matched)
	}
}
