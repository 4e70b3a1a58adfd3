package report_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/internal/testroot"
	"github.com/disconnectlint/disconnectlint/report"
)

func checkstyle(t *testing.T, r *report.Report) string {
	t.Helper()
	var buf bytes.Buffer
	if err := report.WriteCheckstyle(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriteCheckstyle(t *testing.T) {
	want := `<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="">
    <error severity="error" message="no JavaScript, TypeScript or Go files under vendor-only" source="disconnectlint"/>
  </file>
  <file name="internal/broken">
    <error severity="error" message="go package does not type-check: undefined: frobnicate" source="disconnectlint"/>
  </file>
  <file name="internal/chat/hub.go">
    <error line="22" column="6" severity="warning" message="cleanup in the disconnect handler runs only when reason == &#34;client namespace disconnect&#34;&#xA;internal/chat/hub.go:21:2: OnDisconnect handler registered here" source="disconnectlint.reason-filtered-cleanup"/>
  </file>
  <file name="src/server.js">
    <error line="5" column="17" severity="error" message="setInterval started for this socket is never cleared on disconnect: no clearInterval(timer) on the disconnect path (disconnect handler at src/server.js:8)&#xA;src/server.js:8:3: disconnect handler registered here" source="disconnectlint.timer-not-cleared"/>
    <error line="9" column="21" severity="error" message="disconnect cleanup is keyed by client-controlled socket.handshake.query.userId: any client can evict another&#39;s entry; key it by socket.id or a server-verified identity&#xA;src/server.js:3:11: client-controlled value read here&#xA;src/server.js:8:3: disconnect handler registered here" source="disconnectlint.untrusted-cleanup-key"/>
  </file>
</checkstyle>
`
	if got := checkstyle(t, sample()); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

type csFile struct {
	Name   string `xml:"name,attr"`
	Errors []struct {
		Line     int    `xml:"line,attr"`
		Column   int    `xml:"column,attr"`
		Severity string `xml:"severity,attr"`
		Message  string `xml:"message,attr"`
		Source   string `xml:"source,attr"`
	} `xml:"error"`
}

type csDoc struct {
	XMLName xml.Name `xml:"checkstyle"`
	Version string   `xml:"version,attr"`
	Files   []csFile `xml:"file"`
}

// TestWriteCheckstyleEscaping: an XML parser reads back exactly the path and
// message, XML specials, CR/LF and non-ASCII included; characters XML cannot
// hold become U+FFFD instead of breaking the document.
func TestWriteCheckstyleEscaping(t *testing.T) {
	f := tricky()
	bad := f
	bad.Line, bad.Message, bad.Related = 3, "nul\x00 and \x1b escape", nil
	out := checkstyle(t, &report.Report{Findings: []report.Finding{f, bad}})
	for _, raw := range []string{"<clients>", `"friends"`, "& ", "\r", "\x00", "\x1b"} {
		if strings.Contains(out, raw) {
			t.Errorf("output holds raw %q:\n%s", raw, out)
		}
	}
	var doc csDoc
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	if doc.Version != "4.3" || len(doc.Files) != 1 || doc.Files[0].Name != f.Path || len(doc.Files[0].Errors) != 2 {
		t.Fatalf("parsed %+v", doc)
	}
	e := doc.Files[0].Errors[0]
	if want := f.Message + "\nsrc/a,b.js:1:2: x:y"; e.Message != want {
		t.Errorf("message %q, want %q", e.Message, want)
	}
	if e.Source != "disconnectlint.client-not-untracked" || e.Line != 2 || e.Column != 1 || e.Severity != "error" {
		t.Errorf("error %+v", e)
	}
	if got := doc.Files[0].Errors[1].Message; got != "nul\uFFFD and \uFFFD escape" {
		t.Errorf("invalid characters: %q", got)
	}
}

func TestWriteCheckstyleSorted(t *testing.T) {
	r := &report.Report{Findings: []report.Finding{
		{Rule: "b", Severity: "warning", Path: "z.js", Line: 1, Column: 1, Message: "z"},
		{Rule: "b", Severity: "error", Path: "a.js", Line: 9, Column: 1, Message: "a9"},
		{Rule: "a", Severity: "error", Path: "a.js", Line: 2, Column: 5, Message: "a2"},
		{Rule: "x", Severity: "note", Path: "m.go", Line: 1, Message: "m"},
	}}
	var doc csDoc
	if err := xml.Unmarshal([]byte(checkstyle(t, r)), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range doc.Files {
		for _, e := range f.Errors {
			got = append(got, f.Name+":"+e.Message+":"+e.Severity)
		}
	}
	if want := "a.js:a2:error a.js:a9:error m.go:m:info z.js:z:warning"; strings.Join(got, " ") != want {
		t.Errorf("order %q, want %q", strings.Join(got, " "), want)
	}
	if out := checkstyle(t, &report.Report{}); out != xml.Header+"<checkstyle version=\"4.3\">\n</checkstyle>\n" {
		t.Errorf("empty report: %q", out)
	}
}

// reviewdog finds reviewdog on PATH or in $(go env GOPATH)/bin.
func reviewdog(t *testing.T) string {
	return testroot.GoBin(t, "reviewdog", "run scripts/fetch-sarif-tools.sh (go install github.com/reviewdog/reviewdog/cmd/reviewdog@v0.20.3)")
}

// TestReviewdogCheckstyle feeds the checkstyle output to reviewdog
// -f=checkstyle and wants every finding back with its path, line, column,
// severity and rule as code.
func TestReviewdogCheckstyle(t *testing.T) {
	bin := reviewdog(t)
	r := sample()
	r.Errors = nil // reviewdog needs a line; errors are for humans
	r.Findings = append(r.Findings, tricky())
	dir := t.TempDir()
	for _, f := range r.Findings {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(strings.Repeat("line\n", 30)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	in := checkstyle(t, r)
	run := func(reporter string) []byte {
		cmd := exec.Command(bin, "-f=checkstyle", "-name=disconnectlint", "-reporter="+reporter, "-filter-mode=nofilter", "-fail-level=none")
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader(in)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("reviewdog -reporter=%s: %v\n%s", reporter, err, stderr.Bytes())
		}
		return out
	}
	out := run("rdjsonl")
	type diag struct {
		Message  string `json:"message"`
		Severity string `json:"severity"`
		Location struct {
			Path  string `json:"path"`
			Range struct {
				Start struct{ Line, Column int } `json:"start"`
			} `json:"range"`
		} `json:"location"`
		Code struct{ Value string } `json:"code"`
	}
	var diags []diag
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var d diag
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("reviewdog output %q: %v", line, err)
		}
		diags = append(diags, d)
	}
	if len(diags) != len(r.Findings) {
		t.Fatalf("reviewdog reported %d diagnostics for %d findings:\n%s", len(diags), len(r.Findings), out)
	}
	for _, f := range r.Findings {
		found := false
		for _, d := range diags {
			if d.Location.Path == f.Path && d.Location.Range.Start.Line == f.Line && d.Location.Range.Start.Column == f.Column &&
				d.Code.Value == "disconnectlint."+f.Rule && d.Severity == strings.ToUpper(f.Severity) &&
				strings.HasPrefix(d.Message, f.Message) {
				found = true
			}
		}
		if !found {
			t.Errorf("reviewdog did not report %s at %s:%d:%d:\n%s", f.Rule, f.Path, f.Line, f.Column, out)
		}
	}
	local := string(run("local"))
	for _, f := range r.Findings {
		if !strings.Contains(local, f.Path) {
			t.Errorf("local reporter output lacks %s:\n%s", f.Path, local)
		}
	}
}
