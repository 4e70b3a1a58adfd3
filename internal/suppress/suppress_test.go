package suppress_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/internal/suppress"
	"github.com/disconnectlint/disconnectlint/report"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		want       []suppress.Directive // Problems compared by Kind only
	}{
		{"line comment", `setInterval(f, 1000) // disconnectlint:ignore timer-not-cleared -- stopped by the app shutdown hook`,
			[]suppress.Directive{{Line: 1, Col: 22, Rules: []string{"timer-not-cleared"}, Reason: "stopped by the app shutdown hook"}}},
		{"go style no space", `	//disconnectlint:ignore goroutine-not-stopped -- exits when the hub closes`,
			[]suppress.Directive{{Line: 1, Col: 2, Rules: []string{"goroutine-not-stopped"}, Reason: "exits when the hub closes"}}},
		{"several rules", `// disconnectlint:ignore timer-not-cleared, listener-not-removed,timer-not-cleared -- r`,
			[]suppress.Directive{{Line: 1, Col: 1, Rules: []string{"timer-not-cleared", "listener-not-removed"}, Reason: "r"}}},
		{"block comment", `foo(); /* disconnectlint:ignore client-not-untracked -- bounded: one entry per user */ bar()`,
			[]suppress.Directive{{Line: 1, Col: 8, Rules: []string{"client-not-untracked"}, Reason: "bounded: one entry per user"}}},
		{"jsx", `      {/* disconnectlint:ignore listener-not-removed -- the store is per socket */}`,
			[]suppress.Directive{{Line: 1, Col: 8, Rules: []string{"listener-not-removed"}, Reason: "the store is per socket"}}},
		{"jsx after apostrophe", `<p>Don't leak</p> {/* disconnectlint:ignore listener-not-removed -- fine */}`,
			[]suppress.Directive{{Line: 1, Col: 20, Rules: []string{"listener-not-removed"}, Reason: "fine"}}},
		{"reason with quotes and dashes", `x() // disconnectlint:ignore timer-not-cleared -- it's cleared in "stop" -- see #12`,
			[]suppress.Directive{{Line: 1, Col: 5, Rules: []string{"timer-not-cleared"}, Reason: `it's cleared in "stop" -- see #12`}}},
		{"commented out", `// // disconnectlint:ignore timer-not-cleared -- legacy`, nil},
		{"after comment text", `x() // TODO(ana): remove // disconnectlint:ignore timer-not-cleared -- legacy`, nil},
		{"in a double-quoted string", `const s = "// disconnectlint:ignore timer-not-cleared -- no";`, nil},
		{"in a single-quoted string", `const s = '/* disconnectlint:ignore timer-not-cleared -- no */';`, nil},
		{"in a template", "const s = `// disconnectlint:ignore timer-not-cleared -- no`;", nil},
		{"in a Go raw string", "s := `x // disconnectlint:ignore timer-not-cleared -- no`", nil},
		{"escaped quote", `const s = "a\" // disconnectlint:ignore timer-not-cleared -- no";`, nil},
		{"string then comment", `f("//", 'x') // disconnectlint:ignore timer-not-cleared -- yes`,
			[]suppress.Directive{{Line: 1, Col: 14, Rules: []string{"timer-not-cleared"}, Reason: "yes"}}},
		{"not first word", `// do not write disconnectlint:ignore timer-not-cleared -- x here`, nil},
		{"prose", `// disconnectlint: a linter for Socket.IO servers`, nil},
		{"not in a comment", `disconnectlint:ignore timer-not-cleared -- x`, nil},
		{"inside a block comment", `/* see // disconnectlint:ignore timer-not-cleared -- x */`, nil},
		{"missing reason", `// disconnectlint:ignore timer-not-cleared`,
			[]suppress.Directive{{Line: 1, Col: 1, Rules: []string{"timer-not-cleared"}, Problems: []suppress.Problem{{Kind: suppress.MissingReason}}}}},
		{"empty reason", `// disconnectlint:ignore timer-not-cleared --   `,
			[]suppress.Directive{{Line: 1, Col: 1, Rules: []string{"timer-not-cleared"}, Problems: []suppress.Problem{{Kind: suppress.MissingReason}}}}},
		{"staticcheck style reason", `// disconnectlint:ignore timer-not-cleared because it is fine`,
			[]suppress.Directive{{Line: 1, Col: 1, Rules: []string{"timer-not-cleared"}, Problems: []suppress.Problem{{Kind: suppress.MissingReason}}}}},
		{"block missing reason", `{/* disconnectlint:ignore timer-not-cleared */}`,
			[]suppress.Directive{{Line: 1, Col: 2, Rules: []string{"timer-not-cleared"}, Problems: []suppress.Problem{{Kind: suppress.MissingReason}}}}},
		{"unknown rule", `// disconnectlint:ignore timer-not-clear,listener-not-removed -- r`,
			[]suppress.Directive{{Line: 1, Col: 1, Rules: []string{"listener-not-removed"}, Reason: "r", Problems: []suppress.Problem{{Kind: suppress.UnknownRule}}}}},
		{"no rules", `// disconnectlint:ignore -- r`,
			[]suppress.Directive{{Line: 1, Col: 1, Reason: "r", Problems: []suppress.Problem{{Kind: suppress.Malformed}}}}},
		{"nothing at all", `// disconnectlint:ignore`,
			[]suppress.Directive{{Line: 1, Col: 1, Problems: []suppress.Problem{{Kind: suppress.Malformed}}}}},
		{"unknown verb", `// disconnectlint:ingore timer-not-cleared -- r`,
			[]suppress.Directive{{Line: 1, Col: 1, Problems: []suppress.Problem{{Kind: suppress.Malformed}}}}},
		{"two on a line", `/* disconnectlint:ignore timer-not-cleared -- a */ f() // disconnectlint:ignore listener-not-removed -- b`,
			[]suppress.Directive{
				{Line: 1, Col: 1, Rules: []string{"timer-not-cleared"}, Reason: "a"},
				{Line: 1, Col: 56, Rules: []string{"listener-not-removed"}, Reason: "b"},
			}},
		{"crlf", "// disconnectlint:ignore timer-not-cleared -- r\r",
			[]suppress.Directive{{Line: 1, Col: 1, Rules: []string{"timer-not-cleared"}, Reason: "r"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := suppress.Parse([]byte(tc.line))
			for i := range got {
				for j := range got[i].Problems {
					got[i].Problems[j] = suppress.Problem{Kind: got[i].Problems[j].Kind}
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestParseLines(t *testing.T) {
	src := "a()\n\n  // disconnectlint:ignore timer-not-cleared -- r\nb()\n"
	ds := suppress.Parse([]byte(src))
	if len(ds) != 1 || ds[0].Line != 3 || ds[0].Col != 3 {
		t.Fatalf("got %+v", ds)
	}
}

func TestProblemMessages(t *testing.T) {
	for src, want := range map[string]string{
		`// disconnectlint:ignore timer-not-cleared`:           `disconnectlint:ignore timer-not-cleared has no reason, so it suppresses nothing: add " -- <why this is fine>"`,
		`// disconnectlint:ignore timer-not-clear -- r`:        `unknown rule "timer-not-clear" in disconnectlint:ignore (did you mean "timer-not-cleared"?)`,
		`// disconnectlint:ignore timer_not_cleared -- r`:      `unknown rule "timer_not_cleared" in disconnectlint:ignore (did you mean "timer-not-cleared"?)`,
		`// disconnectlint:ignore everything -- r`:             `unknown rule "everything" in disconnectlint:ignore`,
		`// disconnectlint:ignore -- r`:                        `disconnectlint:ignore names no rule (want disconnectlint:ignore <rule-id>[,<rule-id>] -- <reason>)`,
		`// disconnectlint:ignore-next-line timer-not-cleared`: `unknown directive disconnectlint:ignore-next-line (want disconnectlint:ignore <rule-id> -- <reason>)`,
	} {
		ds := suppress.Parse([]byte(src))
		if len(ds) != 1 || len(ds[0].Problems) != 1 || ds[0].Problems[0].Message != want {
			t.Errorf("%s:\ngot  %+v\nwant %s", src, ds, want)
		}
	}
}

const serverJS = `io.on('connection', (socket) => {
  // disconnectlint:ignore timer-not-cleared -- cleared by the shared scheduler
  const t = setInterval(tick, 1000);
  const u = setInterval(tock, 1000); // disconnectlint:ignore timer-not-cleared,listener-not-removed -- the bus is per socket
  bus.on('x', onX);
  // disconnectlint:ignore client-not-untracked
  users.set(socket.id, socket);
  // disconnectlint:ignore client-not-untracked -- nothing here

  process.on('exit', f); // disconnectlint:ignore listener-not-removed -- only at shutdown
});
`

const hubGo = `package hub

func (h *Hub) OnConnect(s socketio.Conn) error {
	//disconnectlint:ignore goroutine-not-stopped -- exits when the hub closes
	go h.pump(s)
	h.conns[s.ID()] = s // disconnectlint:ignore client-not-untracked -- pruned by the reaper
	return nil
}
`

func finding(rule, path string, line int) report.Finding {
	return report.Finding{Rule: rule, Severity: "error", Path: path, Line: line, Column: 3, Message: rule}
}

func sources(t *testing.T) func(string) []byte {
	return func(p string) []byte {
		switch p {
		case "src/server.js":
			return []byte(serverJS)
		case "hub/hub.go":
			return []byte(hubGo)
		case "src/clean.js":
			return []byte("// disconnectlint:ignore timer-not-cleared -- never used\nf()\n")
		}
		t.Errorf("unexpected read of %s", p)
		return nil
	}
}

func TestApply(t *testing.T) {
	fs := []report.Finding{
		finding("timer-not-cleared", "src/server.js", 3),     // line above: suppressed
		finding("timer-not-cleared", "src/server.js", 4),     // same line: suppressed
		finding("listener-not-removed", "src/server.js", 5),  // line 4's directive is on the line above: suppressed
		finding("client-not-untracked", "src/server.js", 7),  // directive without reason: kept
		finding("listener-not-removed", "src/server.js", 10), // same line: suppressed
		finding("timer-not-cleared", "src/server.js", 10),    // other rule: kept
		finding("goroutine-not-stopped", "hub/hub.go", 5),    // Go, //disconnectlint: suppressed
		finding("client-not-untracked", "hub/hub.go", 6),     // Go, same line: suppressed
		finding("timer-not-cleared", "src/other.js", 3),      // file without directives
	}
	src := sources(t)
	s := suppress.NewSet(false)
	kept, problems := s.Apply(fs, func(p string) []byte {
		if p == "src/other.js" {
			return nil // unreadable: no directives, finding kept
		}
		return src(p)
	})
	wantKept := []report.Finding{fs[3], fs[5], fs[8]}
	if !reflect.DeepEqual(kept, wantKept) {
		t.Errorf("kept:\ngot  %+v\nwant %+v", kept, wantKept)
	}
	wantProblems := []suppress.Problem{{Path: "src/server.js", Line: 6, Col: 3, Kind: suppress.MissingReason,
		Message: `disconnectlint:ignore client-not-untracked has no reason, so it suppresses nothing: add " -- <why this is fine>"`}}
	if !reflect.DeepEqual(problems, wantProblems) {
		t.Errorf("problems:\ngot  %+v\nwant %+v", problems, wantProblems)
	}
	if len(fs) != 9 || fs[0].Line != 3 {
		t.Errorf("Apply changed its input")
	}
}

func TestReportUnused(t *testing.T) {
	fs := []report.Finding{
		finding("timer-not-cleared", "src/server.js", 4),
		finding("goroutine-not-stopped", "hub/hub.go", 5),
	}
	s := suppress.NewSet(true)
	s.Include("src/clean.js")
	kept, problems := s.Apply(fs, sources(t))
	if len(kept) != 0 {
		t.Errorf("kept %+v", kept)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.String())
	}
	want := []string{
		"hub/hub.go:6:22: unused disconnectlint:ignore for client-not-untracked: no client-not-untracked finding on this line or the next",
		"src/clean.js:1:1: unused disconnectlint:ignore for timer-not-cleared: no timer-not-cleared finding on this line or the next",
		"src/server.js:2:3: unused disconnectlint:ignore for timer-not-cleared: no timer-not-cleared finding on this line or the next",
		"src/server.js:4:38: unused disconnectlint:ignore for listener-not-removed: no listener-not-removed finding on this line or the next",
		`src/server.js:6:3: disconnectlint:ignore client-not-untracked has no reason, so it suppresses nothing: add " -- <why this is fine>"`,
		"src/server.js:8:3: unused disconnectlint:ignore for client-not-untracked: no client-not-untracked finding on this line or the next",
		"src/server.js:10:26: unused disconnectlint:ignore for listener-not-removed: no listener-not-removed finding on this line or the next",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	for _, p := range problems {
		if strings.Contains(p.Message, "unused") && p.Kind != suppress.Unused {
			t.Errorf("%v has kind %s", p, p.Kind)
		}
	}

	// Without ReportUnused only the broken directive is reported.
	_, problems = suppress.NewSet(false).Apply(fs, sources(t))
	if len(problems) != 1 || problems[0].Kind != suppress.MissingReason {
		t.Errorf("got %+v", problems)
	}
}

func TestEnabledLimitsUnused(t *testing.T) {
	s := suppress.NewSet(true)
	s.Enabled = func(rule string) bool { return rule != "timer-not-cleared" }
	s.Add("a.js", []byte("// disconnectlint:ignore timer-not-cleared,listener-not-removed -- r\nf()\n"))
	_, problems := s.Apply(nil, nil)
	if len(problems) != 1 || !strings.Contains(problems[0].Message, "for listener-not-removed") {
		t.Errorf("got %+v", problems)
	}
}

func TestProblemFinding(t *testing.T) {
	p := suppress.Problem{Path: "a.js", Line: 2, Col: 5, Kind: suppress.Unused, Message: "m"}
	f := p.Finding("unused-ignore", "warning")
	want := report.Finding{Rule: "unused-ignore", Severity: "warning", Message: "m", Path: "a.js", Line: 2, Column: 5, Related: []report.Related{}}
	if !reflect.DeepEqual(f, want) {
		t.Errorf("got %+v", f)
	}
}
