// Package jsrules holds the JavaScript/TypeScript rules. Each rule is a
// function over the lifecycle model of one file (jsmodel) that reports
// findings at the primary location the catalogue names.
package jsrules

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsparse"
	"github.com/disconnectlint/disconnectlint/report"
	"github.com/disconnectlint/disconnectlint/rules"
)

type Node = jsparse.Node

// pass carries one file through the rules.
type pass struct {
	f        *jsmodel.File
	enabled  func(string) bool
	pairs    []*resourceKind // user-declared resource pairs
	findings []report.Finding
	reported map[string]bool // rule + node start: one finding per node per rule
	// forwarded caches, per wrapper listener, which argument positions of
	// the call it makes carry its own parameters (see addForwardedPayload).
	forwarded map[*Node]forwarding
}

type ruleFunc func(p *pass)

// checkers lists the JS rules in catalogue order with their implementations.
var checkers = []struct {
	id  string
	run ruleFunc
}{
	{"timer-not-cleared", checkTimers},
	{"listener-not-removed", checkListeners},
	{"client-not-untracked", checkRegistries},
	{"resource-not-released", checkResources},
	{"transaction-not-rolled-back", checkTransactions},
	{"rooms-read-after-disconnect", checkRooms},
	{"late-disconnect-listener", checkLateListeners},
	{"reason-filtered-cleanup", checkReasonFiltered},
	{"untrusted-cleanup-key", checkUntrustedKey},
	{"unguarded-disconnect-handler", checkUnguarded},
	{"sensitive-data-retained", checkSensitive},
	{"disconnect-not-logged", checkNotLogged},
	{"scattered-disconnect-handlers", checkScattered},
}

// Implemented reports whether the JS engine has a rule.
func Implemented(id string) bool {
	if id == "parse-error" {
		return true
	}
	for _, c := range checkers {
		if c.id == id {
			return true
		}
	}
	return false
}

// Config is what a run passes to the JS rules.
type Config struct {
	Enabled func(id string) bool
	Pairs   []Pair // user-declared resource pairs
}

// Check runs the enabled rules on a built model.
func Check(f *jsmodel.File, enabled func(string) bool) []report.Finding {
	return CheckConfig(f, Config{Enabled: enabled})
}

// CheckConfig runs the rules cfg enables on a built model.
func CheckConfig(f *jsmodel.File, cfg Config) []report.Finding {
	enabled := cfg.Enabled
	p := &pass{f: f, enabled: enabled, reported: map[string]bool{}, pairs: userKinds(cfg.Pairs)}
	if len(f.Sockets) == 0 {
		return nil
	}
	for _, c := range checkers {
		if enabled(c.id) {
			c.run(p)
		}
	}
	return p.findings
}

// CheckSource parses src and runs the enabled rules. A file that cannot be
// parsed at all yields one parse-error finding; a file with syntax errors
// yields one at its first error and still gets the other rules, whose
// findings may be incomplete.
func CheckSource(path string, src []byte, enabled func(string) bool) []report.Finding {
	return CheckSourceConfig(path, src, Config{Enabled: enabled})
}

// FileAnalysis is the single-file result of a file and what a project run
// needs to decide whether to analyse it with others.
type FileAnalysis struct {
	Findings []report.Finding // parse errors
	File     *jsmodel.File    // nil when the file did not parse at all
}

// AnalyzeFile parses src once and builds its model for a project run,
// reporting only parse errors: the rules run on the linked project.
func AnalyzeFile(path string, src []byte, cfg Config) FileAnalysis {
	enabled := cfg.Enabled
	lang, ok := jsparse.LangOf(path)
	if !ok {
		lang = jsparse.JavaScript
	}
	tree, err := jsparse.Parse(src, lang)
	if err != nil {
		return FileAnalysis{Findings: CheckSourceConfig(path, src, cfg)}
	}
	var out []report.Finding
	if tree.FirstError != nil && enabled("parse-error") {
		out = append(out, parseError(path, tree))
	}
	// The rules run when the project is linked; only the model is built
	// here.
	f := jsmodel.BuildFile(path, tree)
	return FileAnalysis{Findings: out, File: f}
}

// CheckProject runs the rules over every socket scope of a linked project.
// Findings are reported in the file of the node they are about, once each.
func CheckProject(pr *jsmodel.Project, cfg Config) []report.Finding {
	reported := map[string]bool{}
	var out []report.Finding
	for _, f := range pr.Files {
		if len(f.Sockets) == 0 {
			continue
		}
		out = append(out, checkProjectFile(f, cfg, reported)...)
	}
	return out
}

// checkProjectFile runs the rules on one file's socket scopes. A bug in a
// rule costs that file's scopes, reported as such, not the run.
func checkProjectFile(f *jsmodel.File, cfg Config, reported map[string]bool) (out []report.Finding) {
	defer func() {
		if r := recover(); r != nil {
			out = []report.Finding{{Rule: "parse-error", Severity: "error", Path: f.Path, Line: 1, Column: 1,
				Message: fmt.Sprintf("internal error while analysing this file with the project (%v); please report it", r)}}
		}
	}()
	p := &pass{f: f, enabled: cfg.Enabled, reported: reported, pairs: userKinds(cfg.Pairs)}
	for _, c := range checkers {
		if cfg.Enabled(c.id) {
			c.run(p)
		}
	}
	return p.findings
}

// CheckSourceConfig is CheckSource with user-declared resource pairs.
func CheckSourceConfig(path string, src []byte, cfg Config) []report.Finding {
	enabled := cfg.Enabled
	lang, ok := jsparse.LangOf(path)
	if !ok {
		lang = jsparse.JavaScript
	}
	tree, err := jsparse.Parse(src, lang)
	if err != nil {
		if !enabled("parse-error") {
			return nil
		}
		r := rule("parse-error")
		msg := r.Message("syntax", err.Error())
		if errors.Is(err, jsparse.ErrTooLarge) {
			msg = r.Message("size", len(src), jsparse.MaxSize)
		}
		return []report.Finding{{Rule: r.ID, Severity: string(r.Severity), Message: msg, Path: path, Line: 1, Column: 1}}
	}
	var out []report.Finding
	if tree.FirstError != nil && enabled("parse-error") {
		out = append(out, parseError(path, tree))
	}
	if !mayHaveSockets(src) {
		return out
	}
	f := jsmodel.Build(path, tree)
	return append(out, CheckConfig(f, cfg)...)
}

// mayHaveSockets is the fast path: a file that never says "connect" cannot
// register a connection handler, so it needs no model.
func mayHaveSockets(src []byte) bool {
	return strings.Contains(string(src), "connect")
}

func parseError(path string, t *jsparse.Tree) report.Finding {
	n := t.FirstError
	var what string
	line, col, endLine, endCol := n.Line, n.Col, n.EndLine, n.EndCol
	switch {
	case n.IsMissing:
		what = "missing " + quoteToken(n.Kind)
	case reachesEOF(t, n):
		// An error that runs to the end of the file is an unclosed
		// construct: the useful place is where the input stops.
		what = "unexpected end of input"
		line, col = lastLineCol(t.Src)
		endLine, endCol = line, col
	default:
		// Skip comments the parser swept into the error node.
		for _, c := range n.Children {
			if c.Kind != "comment" {
				line, col = c.Line, c.Col
				break
			}
		}
		tok := string(t.Src[offsetOf(t.Src, line, col):n.End])
		if i := strings.IndexAny(tok, "\r\n"); i >= 0 {
			tok = tok[:i]
		}
		tok = strings.TrimSpace(tok)
		if len(tok) > 24 {
			tok = truncUTF8(tok, 24) + "…"
		}
		what = "unexpected " + quoteToken(tok)
	}
	r := rule("parse-error")
	return report.Finding{Rule: r.ID, Severity: string(r.Severity), Message: r.Message("syntax", fmt.Sprintf("%s at line %d", what, line)),
		Path: path, Line: line, Column: col, EndLine: endLine, EndColumn: endCol}
}

func reachesEOF(t *jsparse.Tree, n *Node) bool {
	return len(strings.TrimSpace(string(t.Src[n.End:]))) == 0
}

// lastLineCol is the 1-based position just after the last non-space byte.
func lastLineCol(src []byte) (int, int) {
	end := len(strings.TrimRight(string(src), " \t\r\n"))
	line, col := 1, 1
	for _, b := range src[:end] {
		if b == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// offsetOf converts a 1-based line and byte column to a byte offset.
func offsetOf(src []byte, line, col int) int {
	off := 0
	for l := 1; l < line && off < len(src); off++ {
		if src[off] == '\n' {
			l++
		}
	}
	off += col - 1
	if off > len(src) {
		off = len(src)
	}
	return off
}

func quoteToken(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return "`" + s + "`"
}

func truncUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func rule(id string) *rules.Rule {
	r, ok := rules.Lookup(id)
	if !ok {
		panic("jsrules: rule missing from the catalogue: " + id)
	}
	return r
}

// report adds a finding for rule id at node n, once per node. The finding
// is in the file n belongs to, which may not be the file that registered
// the socket scope.
func (p *pass) report(id string, n *Node, msg string, related []report.Related) {
	path := p.pathOf(n)
	k := fmt.Sprintf("%s@%s:%d", id, path, n.Start)
	if p.reported[k] {
		return
	}
	p.reported[k] = true
	r := rule(id)
	p.findings = append(p.findings, report.Finding{
		Rule: id, Severity: string(r.Severity), Message: msg,
		Path: path, Line: n.Line, Column: n.Col, EndLine: n.EndLine, EndColumn: n.EndCol,
		Related: related,
	})
}

// pathOf is the path of the file a node belongs to.
func (p *pass) pathOf(n *Node) string {
	if n != nil && n.Tree() != nil && n.Tree().Path() != "" {
		return n.Tree().Path()
	}
	return p.f.Path
}

// lineRef names a position for a message: "line 12" in the same file as
// from, "chat.js:12" in another.
func (p *pass) lineRef(n, from *Node) string {
	if from != nil && p.pathOf(n) != p.pathOf(from) {
		return fmt.Sprintf("%s:%d", filepath.Base(p.pathOf(n)), n.Line)
	}
	return fmt.Sprintf("line %d", n.Line)
}

// where describes the scope's disconnect handler for messages, and returns
// the related locations that point at it (or at the connection handler when
// there is none).
func (p *pass) where(s *jsmodel.SocketScope, at ...*Node) (string, []report.Related) {
	var from *Node
	if len(at) > 0 {
		from = at[0]
	}
	var rel []report.Related
	if from != nil && p.pathOf(from) != p.pathOf(s.Registration) {
		// The socket came from another file: show where.
		reg := s.Registration
		rel = append(rel, report.Related{Path: p.pathOf(reg), Line: reg.Line, Column: reg.Col, Message: "the socket comes from the connection handler registered here"})
	}
	if h := s.FirstDisconnect(); h != nil {
		if h.Listed {
			// Loaded from a folder: the module says more than the loop.
			return "disconnect handler at " + p.lineRef(h.Func, from), append([]report.Related{
				{Path: p.pathOf(h.Func), Line: h.Func.Line, Column: h.Func.Col, Message: "disconnect handler, loaded from its folder"},
				{Path: p.pathOf(h.Call), Line: h.Call.Line, Column: h.Call.Col, Message: "registered here, for every file of the folder"},
			}, rel...)
		}
		return "disconnect handler at " + p.lineRef(h.Call, from), append([]report.Related{{
			Path: p.pathOf(h.Call), Line: h.Call.Line, Column: h.Call.Col, Message: "disconnect handler registered here",
		}}, rel...)
	}
	reg := s.Registration
	none := "no disconnect handler is registered for this socket"
	if len(rel) > 0 {
		rel[0].Message = "connection handler registered here, with no disconnect listener"
	} else {
		rel = []report.Related{{Path: p.pathOf(reg), Line: reg.Line, Column: reg.Col, Message: "connection handler registered here, with no disconnect listener"}}
	}
	if len(s.LookAlikes) > 0 {
		// The author meant a custom event as the disconnect handler.
		h := s.LookAlikes[0]
		at := h.Call
		if h.Listed {
			at = h.Func // one of the modules a directory loop registers
		}
		none += fmt.Sprintf("; the '%s' listener at %s is a custom event the client must emit, and does not run when the connection drops", h.Event, p.lineRef(at, from))
		rel = append(rel, report.Related{Path: p.pathOf(at), Line: at.Line, Column: at.Col, Message: fmt.Sprintf("custom '%s' event: not the reserved 'disconnect'", h.Event)})
	}
	return none, rel
}

// whereSkipped describes a gateway whose handleConnection disconnects the
// client synchronously, so that Nest never calls handleDisconnect.
func (p *pass) whereSkipped(call *Node) (string, []report.Related) {
	return fmt.Sprintf("handleConnection calls %s synchronously at line %d, so handleDisconnect never runs", p.text(call), call.Line),
		[]report.Related{{Path: p.pathOf(call), Line: call.Line, Column: call.Col, Message: "synchronous disconnect: Nest skips handleDisconnect"}}
}

// text returns n's source without comments, folded to one line and
// shortened for messages.
func (p *pass) text(n *Node) string {
	src := p.f.Tree.Text(n)
	if n != nil && strings.Contains(src, "\n") {
		var b strings.Builder
		at := n.Start
		jsparse.Walk(n, func(m *Node) bool {
			if m.Kind == "comment" && m.Start >= at {
				b.Write(n.Tree().Src[at:m.Start])
				at = m.End
			}
			return true
		})
		b.Write(n.Tree().Src[at:n.End])
		src = b.String()
	}
	s := strings.Join(strings.Fields(src), " ")
	if len(s) > 48 {
		s = truncUTF8(s, 45) + "..."
	}
	return s
}

// callsIn calls fn for every call expression inside the function roots
// (which may be in several files), in source order per root.
func (p *pass) callsIn(roots []*Node, fn func(call *Node)) {
	for _, r := range roots {
		if r == nil {
			continue
		}
		jsparse.Walk(r, func(n *Node) bool {
			if n.Kind == "call_expression" {
				fn(n)
			}
			return true
		})
	}
}

// walkIn visits every node of the given function roots.
func walkIn(roots []*Node, fn func(n *Node) bool) {
	for _, r := range roots {
		jsparse.Walk(r, fn)
	}
}

// acquisitionSite reports whether code at n runs per socket and is not itself
// on the disconnect path (what the disconnect handler starts is not a leak
// of the socket it handles).
func acquisitionSite(s *jsmodel.SocketScope, n *Node) bool {
	return s.InScope(n) && !s.OnDisconnectPath(n)
}
