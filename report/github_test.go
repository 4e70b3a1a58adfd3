package report_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/report"
)

func github(t *testing.T, r *report.Report) string {
	t.Helper()
	var buf bytes.Buffer
	if err := report.WriteGitHub(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriteGitHub(t *testing.T) {
	want := "" +
		"::warning file=internal/chat/hub.go,line=22,col=6,endColumn=45,title=disconnectlint%3A reason-filtered-cleanup::" +
		`cleanup in the disconnect handler runs only when reason == "client namespace disconnect"` +
		"%0Ainternal/chat/hub.go:21:2: OnDisconnect handler registered here\n" +
		"::error file=src/server.js,line=5,endLine=7,title=disconnectlint%3A timer-not-cleared::" +
		"setInterval started for this socket is never cleared on disconnect: no clearInterval(timer) on the disconnect path (disconnect handler at src/server.js:8)" +
		"%0Asrc/server.js:8:3: disconnect handler registered here\n" +
		"::error file=src/server.js,line=9,col=21,endColumn=27,title=disconnectlint%3A untrusted-cleanup-key::" +
		"disconnect cleanup is keyed by client-controlled socket.handshake.query.userId: any client can evict another's entry; key it by socket.id or a server-verified identity" +
		"%0Asrc/server.js:3:11: client-controlled value read here%0Asrc/server.js:8:3: disconnect handler registered here\n" +
		"::error file=internal/broken,title=disconnectlint%3A could not analyse::internal/broken: go package does not type-check: undefined: frobnicate\n" +
		"::error title=disconnectlint%3A could not analyse::no JavaScript, TypeScript or Go files under vendor-only\n"
	if got := github(t, sample()); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteGitHubEscaping(t *testing.T) {
	got := github(t, &report.Report{Findings: []report.Finding{tricky()}})
	want := "::error file=src/we%2Cird%3A100%25/grüße.js,line=2,col=1,title=disconnectlint%3A client-not-untracked::" +
		"50%25 of <clients> & \"friends\" 'kept'%0D%0Anext: a,b::c %250A 👋%0Asrc/a,b.js:1:2: x:y\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// Whatever the text, a command is one line that the runner decodes back.
	cmd, props, msg := parseCommand(t, strings.TrimSuffix(got, "\n"))
	f := tricky()
	if cmd != "error" || props["file"] != f.Path || props["title"] != "disconnectlint: "+f.Rule || props["line"] != "2" {
		t.Errorf("decoded %s %q", cmd, props)
	}
	if wantMsg := f.Message + "\nsrc/a,b.js:1:2: x:y"; msg != wantMsg {
		t.Errorf("decoded message %q, want %q", msg, wantMsg)
	}
}

// parseCommand decodes a workflow command the way the Actions runner does
// (ActionCommand.TryParseV2: split at the first "::" after the name, split
// properties at ',' and '=', unescape with %25 last).
func parseCommand(t *testing.T, line string) (string, map[string]string, string) {
	t.Helper()
	if strings.ContainsAny(line, "\r\n") || !strings.HasPrefix(line, "::") {
		t.Fatalf("not a single-line command: %q", line)
	}
	rest := line[2:]
	end := strings.Index(rest, "::")
	if end < 0 {
		t.Fatalf("no '::' in %q", line)
	}
	head, data := rest[:end], rest[end+2:]
	name, propText, _ := strings.Cut(head, " ")
	unescape := func(s string, prop bool) string {
		pairs := []string{"%0D", "\r", "%0A", "\n"}
		if prop {
			pairs = append(pairs, "%3A", ":", "%2C", ",")
		}
		for i := 0; i < len(pairs); i += 2 {
			s = strings.ReplaceAll(s, pairs[i], pairs[i+1])
		}
		return strings.ReplaceAll(s, "%25", "%")
	}
	props := map[string]string{}
	if propText != "" {
		for _, kv := range strings.Split(propText, ",") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				t.Fatalf("property %q in %q", kv, line)
			}
			props[k] = unescape(v, true)
		}
	}
	return name, props, unescape(data, false)
}

func TestWriteGitHubRoundTrip(t *testing.T) {
	for _, s := range []string{"%", "%25", "%0A", "a\rb\nc", "::", ",,", "%2C", "%3A:", "ü👋", "=x=", "a\r\n%"} {
		r := &report.Report{Findings: []report.Finding{{Rule: "timer-not-cleared", Severity: "error", Path: "p" + s, Line: 1, Message: "m" + s}}}
		out := github(t, r)
		if strings.Count(out, "\n") != 1 {
			t.Fatalf("%q: %d lines: %q", s, strings.Count(out, "\n"), out)
		}
		_, props, msg := parseCommand(t, strings.TrimSuffix(out, "\n"))
		if props["file"] != "p"+s || msg != "m"+s {
			t.Errorf("%q: decoded file %q message %q from %q", s, props["file"], msg, out)
		}
	}
}

// TestWriteGitHubLimit: past GitHub's 10 annotations of a level per step, a
// closing notice says that some are not shown.
func TestWriteGitHubLimit(t *testing.T) {
	mk := func(n int) *report.Report {
		r := &report.Report{}
		for i := range n {
			r.Findings = append(r.Findings, report.Finding{Rule: "timer-not-cleared", Severity: "error", Path: "a.js", Line: i + 1, Column: 1, Message: "m"})
		}
		return r
	}
	if out := github(t, mk(10)); strings.Contains(out, "::notice") || strings.Count(out, "::error ") != 10 {
		t.Errorf("10 findings:\n%s", out)
	}
	out := github(t, mk(11))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 12 || strings.Count(out, "::error ") != 11 {
		t.Fatalf("11 findings gave %d lines", len(lines))
	}
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "::notice title=disconnectlint%3A annotations capped::") || !strings.Contains(last, fmt.Sprintf("%d error", 11)) {
		t.Errorf("closing line %q", last)
	}
}

func TestWriteGitHubLocations(t *testing.T) {
	r := &report.Report{Findings: []report.Finding{
		{Rule: "a", Severity: "warning", Path: "x.go", Line: 3, Message: "no column"},
		{Rule: "b", Severity: "note", Path: "x.go", Line: 4, Column: 2, EndLine: 4, EndColumn: 2, Message: "empty range"},
		{Rule: "c", Severity: "error", Message: "no path"},
	}}
	want := "::warning file=x.go,line=3,title=disconnectlint%3A a::no column\n" +
		"::notice file=x.go,line=4,col=2,title=disconnectlint%3A b::empty range\n" +
		"::error title=disconnectlint%3A c::no path\n"
	if got := github(t, r); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
