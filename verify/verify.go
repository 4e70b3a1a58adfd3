// Package verify replays connect/disconnect scenarios of a JavaScript or
// TypeScript Socket.IO server inside a goja sandbox, to confirm what the
// static rules report: after every simulated client has gone, whatever is
// still live (timers, listeners on shared emitters, registry entries for the
// gone sockets, unreleased resources) is attributed to the line that created
// it.
//
// The analysed code never runs outside the sandbox. The runtime has no file
// system, network or process API: require() answers socket.io, events,
// timers and a few pure helpers with fakes and every other module with an
// auto-mock; process.exit, eval and the Function constructor stop the scope;
// each scope has a wall-clock budget enforced with goja's Interrupt, a cap
// on the heap it may grow, and caps on timer and handler steps.
//
// For each connection scope and each scenario the module is loaded in a
// fresh runtime (TypeScript, JSX and ES modules are first turned into
// CommonJS with the same line numbers, using the tree-sitter tree). If the
// scope's registration did not run while loading, every exported function is
// called with a simulated server. Then K clients connect (default 20); every
// event handler registered on a socket fires once per client with arguments
// guessed from the handler's parameters (strings, objects, numbers, ack
// callbacks), except for client 0, which only connects and leaves, and
// except for goodbye-like events (leave, unsubscribe, stop, close, a custom
// "disconnected"...), which fire only in the graceful scenario, before the
// others: a client that drops cannot say goodbye. The virtual clock advances past every timer period;
// the clients go (client namespace disconnect, transport close, ping timeout
// after 45 s of silence, socket.disconnect(true), or all at once); the clock
// advances again, by at least 60 s, firing intervals and short timeouts but
// holding long (>= 60 s) timeouts. What is still live then is reported:
// timers created while clients were connected and not cleared, listeners
// they added to emitters created at load (io, namespaces, io.engine,
// process, module-level emitters and auto-mocks) and not removed, resources
// from the pairs table acquired and not released, and entries that hold a
// gone socket or its id (or an empty per-key container created for one) in
// a Map, Set, array or object reachable from the bindings that outlive the
// sockets (module level, enclosing setup functions, exports, globals).
package verify

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"runtime/metrics"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/disconnectlint/disconnectlint/jsmodel"
	"github.com/disconnectlint/disconnectlint/jsparse"
	"github.com/disconnectlint/disconnectlint/jsrules"
)

// Options configures a verification.
type Options struct {
	Clients int           // simulated clients per scenario (default 20)
	Budget  time.Duration // wall-clock budget per connection scope (default 10s)
	Pairs   []jsrules.Pair
	// MaxHeap is how much the Go heap may grow while one scenario runs
	// before the scope is stopped (default 512 MiB).
	MaxHeap uint64
}

// Live is something still alive after every client has gone.
type Live struct {
	Kind  string // timer | listener | entry | resource
	Line  int    // the line of the call or assignment that created it (0 when unknown)
	Col   int
	What  string
	Count int // how many instances (one per client, typically)
}

// ScenarioResult is what one scenario left behind.
type ScenarioResult struct {
	Scenario string
	Live     []Live
}

// ScopeResult is the verification of one connection scope.
type ScopeResult struct {
	Line      int // connection registration line
	EndLine   int // last line of the connection handler
	Scenarios []ScenarioResult
	Note      string // why it could not run (or stopped early), or ""
	// Reached lists the lines where the sandbox created a timer, listener,
	// entry or resource while clients were connected.
	Reached []int
	// Errors are the first exceptions the analysed handlers threw.
	Errors []string
}

// FileResult is the verification of one file.
type FileResult struct {
	Path     string
	Scopes   []ScopeResult
	Note     string
	Duration time.Duration
	// Sandboxed lists the I/O and process calls the code made that the
	// sandbox answered with a mock or ignored (fs.readFileSync, process.kill).
	Sandboxed []string
}

// Scenario names, in the order they run.
const (
	Graceful  = "client-disconnect"
	Transport = "transport-close"
	Ping      = "ping-timeout"
	ServerOff = "server-disconnect"
	AllDrop   = "all-clients-drop"
)

var scenarios = []struct{ name, reason string }{
	{Graceful, "client namespace disconnect"},
	{Transport, "transport close"},
	{Ping, "ping timeout"},
	{ServerOff, "server"},
	{AllDrop, "transport close"},
}

// Scenarios returns the scenario names in run order.
func Scenarios() []string {
	out := make([]string, len(scenarios))
	for i, s := range scenarios {
		out[i] = s.name
	}
	return out
}

//go:embed prelude.js
var preludeSrc string

var prelude = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("<sandbox>", preludeSrc, true)
})

const (
	defaultClients = 20
	defaultBudget  = 10 * time.Second
	defaultHeap    = 512 << 20
	maxSteps       = 60000 // timer fires and handler calls per scenario
	immediateCap   = 1     // fires of one setImmediate site per client per advance
	pingWait       = 45000 // pingInterval + pingTimeout
)

// stop is an interrupt value: why the sandbox stopped the code.
type stop struct{ why string }

func (s *stop) Error() string { return s.why }

// File verifies one source file.
func File(path string, src []byte, opt Options) (res FileResult) {
	start := time.Now()
	res.Path = path
	defer func() {
		// The sandbox must never take the run down with it.
		if e := recover(); e != nil {
			res.Note = fmt.Sprintf("not verified: internal error in the sandbox: %v", e)
		}
		res.Duration = time.Since(start)
	}()
	if opt.Clients <= 0 {
		opt.Clients = defaultClients
	}
	if opt.Budget <= 0 {
		opt.Budget = defaultBudget
	}
	if opt.MaxHeap == 0 {
		opt.MaxHeap = defaultHeap
	}
	lang, ok := jsparse.LangOf(path)
	if !ok {
		lang = jsparse.JavaScript
	}
	tree, err := jsparse.Parse(src, lang)
	if err != nil {
		res.Note = "not verified: " + err.Error()
		return res
	}
	f := jsmodel.Build(path, tree)
	if len(f.Sockets) == 0 {
		res.Note = "no connection scope"
		return res
	}
	p := newPrepared(path, tree, f)
	for _, s := range f.Sockets {
		sr := ScopeResult{Line: s.Registration.Line, EndLine: s.Handler.EndLine}
		if tree.FirstError != nil {
			sr.Note = fmt.Sprintf("not verified: the file does not parse (line %d)", tree.FirstError.Line)
		} else if p.compileErr != "" {
			sr.Note = p.compileErr
		}
		res.Scopes = append(res.Scopes, sr)
	}
	if tree.FirstError != nil {
		res.Note = res.Scopes[0].Note
		return res
	}
	if p.compileErr != "" {
		res.Note = p.compileErr
		return res
	}
	sandboxed := map[string]bool{}
	loadNote := ""
	for i, s := range f.Sockets {
		sr := &res.Scopes[i]
		if loadNote != "" {
			sr.Note = loadNote
			continue
		}
		deadline := time.Now().Add(opt.Budget)
		reached := map[int]bool{}
		errs := map[string]bool{}
		for _, sc := range scenarios {
			if time.Now().After(deadline) {
				sr.Note = fmt.Sprintf("stopped: the time budget of %v per scope ran out before scenario %s", opt.Budget, sc.name)
				break
			}
			out := p.run(s, sc.name, sc.reason, opt, deadline)
			for _, x := range out.sandboxed {
				if !sandboxed[x] {
					sandboxed[x] = true
					res.Sandboxed = append(res.Sandboxed, x)
				}
			}
			for _, l := range out.reached {
				reached[l] = true
			}
			for _, e := range out.errors {
				if !errs[e] && len(sr.Errors) < 10 {
					errs[e] = true
					sr.Errors = append(sr.Errors, e)
				}
			}
			if out.loadErr != "" {
				loadNote = out.loadErr
				sr.Note = out.loadErr
				break
			}
			if out.note != "" {
				sr.Note = out.note
				if out.fatal {
					break
				}
			}
			sr.Scenarios = append(sr.Scenarios, ScenarioResult{Scenario: sc.name, Live: out.live})
		}
		for l := range reached {
			sr.Reached = append(sr.Reached, l)
		}
		sort.Ints(sr.Reached)
	}
	if loadNote != "" {
		res.Note = loadNote
	}
	return res
}

// prepared is a file ready to be loaded into runtimes.
type prepared struct {
	path       string
	tree       *jsparse.Tree
	file       *jsmodel.File
	prog       *goja.Program
	prefixLen  int
	compileErr string
	sites      []*Node             // calls, news and assignments, for attribution
	lineStart  []int               // byte offset of each line
	kinds      map[string][]string // handler call line -> argument kinds
	kindsJSON  string              // the same, as the sandbox reads it
}

func newPrepared(path string, tree *jsparse.Tree, f *jsmodel.File) *prepared {
	p := &prepared{path: path, tree: tree, file: f, kinds: map[string][]string{}}
	body, async := toJS(tree, f)
	// require, module, exports, __filename and __dirname are globals of
	// the sandbox, so that an ES module may declare its own.
	prefix := "(function () {"
	if async {
		prefix = "(async function () {"
	}
	p.prefixLen = len(prefix)
	prog, err := goja.Compile(path, prefix+body+"\n})", false)
	if err != nil {
		p.compileErr = "not verified: the sandbox cannot run this file: " + firstLine(err.Error())
	}
	p.prog = prog
	p.lineStart = []int{0}
	for i, b := range tree.Src {
		if b == '\n' {
			p.lineStart = append(p.lineStart, i+1)
		}
	}
	jsparse.Walk(tree.Root, func(n *Node) bool {
		switch n.Kind {
		case "call_expression", "new_expression", "assignment_expression", "augmented_assignment_expression":
			p.sites = append(p.sites, n)
		}
		return true
	})
	for _, s := range f.Sockets {
		for _, h := range s.Events {
			if h.Func == nil {
				continue
			}
			args := h.Call.Child("arguments")
			if args == nil {
				continue
			}
			p.kinds[fmt.Sprint(args.Line)] = paramKinds(tree, h.Func)
		}
	}
	if b, err := json.Marshal(p.kinds); err == nil {
		p.kindsJSON = string(b)
	} else {
		p.kindsJSON = "{}"
	}
	return p
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

var ackName = regexp.MustCompile(`^(cb|callback|ack|done|fn|respond|reply|next|answer|callbackFn|ackFn|resolve)$`)

var stringMethods = map[string]bool{"length": true, "trim": true, "toLowerCase": true, "toUpperCase": true, "split": true,
	"slice": true, "substring": true, "startsWith": true, "endsWith": true, "includes": true, "replace": true,
	"indexOf": true, "match": true, "charAt": true, "padStart": true, "concat": true, "toString": true}

// paramKinds guesses what a client would send to a handler: a string, an
// object, a number or an ack callback, from TypeScript types, destructuring,
// names and how the body uses each parameter.
func paramKinds(t *jsparse.Tree, fn *Node) []string {
	var out []string
	for _, p := range jsmodel.Params(fn) {
		kind := "string"
		id := jsmodel.ParamName(p)
		name := ""
		if id != nil {
			name = t.Text(id)
		}
		pat := p
		if p.Kind == "required_parameter" || p.Kind == "optional_parameter" {
			pat = p.Child("pattern")
		}
		if pat != nil && p.Kind == "assignment_pattern" {
			pat = p.Child("left")
		}
		ann := ""
		if ta := p.Child("type"); ta != nil {
			ann = t.Text(ta)
		}
		switch {
		case strings.Contains(ann, "=>") || strings.Contains(ann, "Function") || strings.Contains(ann, "Callback") || strings.Contains(ann, "Ack"):
			kind = "ack"
		case ann != "" && strings.Contains(ann, "string"):
			kind = "string"
		case ann != "" && strings.Contains(ann, "number"):
			kind = "number"
		case ann != "" && strings.Contains(ann, "boolean"):
			kind = "boolean"
		case ann != "":
			kind = "object"
		case pat != nil && (pat.Kind == "object_pattern" || pat.Kind == "array_pattern"):
			kind = "object"
		case ackName.MatchString(name):
			kind = "ack"
		case name != "":
			jsparse.Walk(fn.Child("body"), func(n *Node) bool {
				switch n.Kind {
				case "call_expression":
					if f := n.Child("function"); f != nil && f.Kind == "identifier" && t.Text(f) == name {
						kind = "ack"
					}
				case "member_expression":
					if o := n.Child("object"); o != nil && o.Kind == "identifier" && t.Text(o) == name && kind == "string" {
						if !stringMethods[t.Text(n.Child("property"))] {
							kind = "object"
						}
					}
				case "subscript_expression":
					if o := n.Child("object"); o != nil && o.Kind == "identifier" && t.Text(o) == name && kind == "string" {
						kind = "object"
					}
				}
				return true
			})
		}
		out = append(out, kind)
	}
	return out
}

// locate maps a runtime position (the paren of a call, or an assignment) to
// the start of the innermost call, new or assignment there.
func (p *prepared) locate(line, col int) (int, int) {
	if line == 1 {
		col -= p.prefixLen
	}
	if line < 1 || line > len(p.lineStart) {
		return line, col
	}
	off := p.lineStart[line-1] + col - 1
	var best *Node
	for _, n := range p.sites {
		if n.Start <= off && off < n.End && (best == nil || n.End-n.Start < best.End-best.Start) {
			best = n
		}
	}
	if best == nil {
		return line, col
	}
	return best.Line, best.Col
}

type runOut struct {
	live      []Live
	note      string
	fatal     bool
	loadErr   string
	errors    []string
	sandboxed []string
	reached   []int
}

// runtime is one sandboxed load of the module.
type runtime struct {
	vm  *goja.Runtime
	dl  *goja.Object
	p   *prepared
	err error // the first interrupt or exception
}

func (r *runtime) call(name string, args ...any) goja.Value {
	if r.err != nil {
		return goja.Undefined()
	}
	fn, ok := goja.AssertFunction(r.dl.Get(name))
	if !ok {
		r.err = fmt.Errorf("sandbox: no %s", name)
		return goja.Undefined()
	}
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		vals[i] = r.vm.ToValue(a)
	}
	v, err := fn(goja.Undefined(), vals...)
	if err != nil {
		r.err = err
		return goja.Undefined()
	}
	return v
}

func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindUint64 {
		return s[0].Value.Uint64()
	}
	return 0
}

// run loads the module in a fresh runtime and plays one scenario for scope s.
func (p *prepared) run(s *jsmodel.SocketScope, scenario, reason string, opt Options, deadline time.Time) (out runOut) {
	vm := goja.New()
	vm.SetMaxCallStackSize(800)
	r := &runtime{vm: vm, p: p}

	// Budget and heap watchdogs.
	timer := time.AfterFunc(time.Until(deadline), func() {
		vm.Interrupt(&stop{fmt.Sprintf("stopped: the time budget of %v per scope ran out (an endless loop?)", opt.Budget)})
	})
	defer timer.Stop()
	done := make(chan struct{})
	defer close(done)
	base := heapBytes()
	go func() {
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				if h := heapBytes(); h > base+opt.MaxHeap {
					vm.Interrupt(&stop{fmt.Sprintf("stopped: the code allocated more than %d MiB (allocation cap)", opt.MaxHeap>>20)})
					return
				}
			}
		}
	}()

	host := vm.NewObject()
	userLine := func() string {
		for _, fr := range vm.CaptureCallStack(0, nil) {
			if fr.SrcName() == p.path {
				pos := fr.Position()
				l, _ := p.locate(pos.Line, pos.Column)
				return fmt.Sprintf(" at line %d", l)
			}
		}
		return ""
	}
	_ = host.Set("site", func(goja.FunctionCall) goja.Value {
		for _, fr := range vm.CaptureCallStack(0, nil) {
			if fr.SrcName() == p.path {
				pos := fr.Position()
				l, c := p.locate(pos.Line, pos.Column)
				return vm.ToValue([]int{l, c})
			}
		}
		return goja.Null()
	})
	_ = host.Set("exit", func(c goja.FunctionCall) goja.Value {
		what := c.Argument(0).String()
		switch what {
		case "eval", "Function constructor":
			vm.Interrupt(&stop{fmt.Sprintf("stopped: %s%s is not supported in the sandbox (it would run code the analysis never saw)", what, userLine())})
		default:
			vm.Interrupt(&stop{fmt.Sprintf("stopped: the code called %s%s; the sandbox does not let it end the process", what, userLine())})
		}
		return goja.Undefined()
	})
	_ = host.Set("limit", func(c goja.FunctionCall) goja.Value {
		vm.Interrupt(&stop{fmt.Sprintf("stopped: %s%s exceeds the sandbox allocation cap", c.Argument(0).String(), userLine())})
		return goja.Undefined()
	})

	pre, err := prelude()
	if err != nil {
		out.note, out.fatal = "sandbox prelude: "+err.Error(), true
		return out
	}
	fv, err := vm.RunProgram(pre)
	if err != nil {
		out.note, out.fatal = "sandbox prelude: "+err.Error(), true
		return out
	}
	init, _ := goja.AssertFunction(fv)
	dlv, err := init(goja.Undefined(), vm.GlobalObject(), host)
	if err != nil {
		out.note, out.fatal = "sandbox prelude: "+err.Error(), true
		return out
	}
	r.dl = dlv.ToObject(vm)
	pairs := make([]map[string]any, 0, len(opt.Pairs))
	for _, pr := range opt.Pairs {
		rel := append([]string(nil), pr.Release...)
		pairs = append(pairs, map[string]any{"name": pr.Name, "acquire": pr.Acquire, "release": rel})
	}
	r.call("setPairs", pairs)
	r.call("setKinds", p.kindsJSON)

	collectSide := func() {
		if v := r.dl.Get("errors"); v != nil {
			if fn, ok := goja.AssertFunction(v); ok {
				if ev, err := fn(goja.Undefined()); err == nil {
					_ = vm.ExportTo(ev, &out.errors)
				}
				if sv, err := func() (goja.Value, error) {
					f, _ := goja.AssertFunction(r.dl.Get("sandboxed"))
					return f(goja.Undefined())
				}(); err == nil {
					_ = vm.ExportTo(sv, &out.sandboxed)
				}
				if rv, err := func() (goja.Value, error) {
					f, _ := goja.AssertFunction(r.dl.Get("reached"))
					return f(goja.Undefined())
				}(); err == nil {
					var keys []string
					_ = vm.ExportTo(rv, &keys)
					for _, k := range keys {
						var kind string
						var l, c int
						if _, err := fmt.Sscanf(strings.ReplaceAll(k, ":", " "), "%s %d %d", &kind, &l, &c); err == nil {
							out.reached = append(out.reached, l)
						}
					}
				}
			}
		}
	}
	defer collectSide()

	steps := 0
	k := opt.Clients
	advance := func(span int64, holdLong bool) {
		if r.err != nil {
			return
		}
		target := r.call("now").ToInteger() + span
		fires := r.call("newFires")
		for r.err == nil {
			if r.call("step", target, 100*(k+1), immediateCap*(k+1), holdLong, fires).ToInteger() == 0 {
				break
			}
			if steps++; steps > maxSteps {
				out.note = fmt.Sprintf("stopped early: more than %d timer and handler steps in scenario %s", maxSteps, scenario)
				break
			}
		}
		r.call("setNow", target)
	}
	const settle = 20 // ms of virtual time for awaited mocks to answer

	// Load the module.
	wv, err := vm.RunProgram(p.prog)
	if err != nil {
		out.loadErr = p.describe(err, "while loading the module")
		return out
	}
	wrapper, _ := goja.AssertFunction(wv)
	_ = vm.GlobalObject().Set("__filename", "/sandbox/"+baseName(p.path))
	ret, err := wrapper(vm.GlobalObject().Get("exports"))
	if err != nil {
		out.loadErr = p.describe(err, "while loading the module")
		return out
	}
	advance(settle, false) // top-level awaits and mocked startup I/O
	if r.err != nil {
		out.loadErr = p.describe(r.err, "while loading the module")
		return out
	}
	if pr, ok := ret.Export().(*goja.Promise); ok && pr.State() == goja.PromiseStateRejected {
		out.loadErr = "not verified: the module throws while loading: " + firstLine(pr.Result().String())
		return out
	}

	// Find this scope's registration.
	args := s.Registration.Child("arguments")
	want := [2]int{s.Registration.Line, s.Registration.Col}
	if args != nil {
		want = [2]int{args.Line, args.Col}
	}
	wl, wc := p.locate(want[0], want[1])
	findReg := func() int {
		var regs [][]int
		_ = vm.ExportTo(r.call("registrations"), &regs)
		for _, rg := range regs {
			if len(rg) == 3 && rg[1] == wl && rg[2] == wc {
				return rg[0]
			}
		}
		return -1
	}
	reg := findReg()
	if reg < 0 && r.err == nil {
		r.call("callExports")
		reg = findReg()
	}
	if r.err != nil {
		out.loadErr = p.describe(r.err, "while loading the module")
		return out
	}
	if reg < 0 {
		out.note, out.fatal = fmt.Sprintf("not reached: the connection handler at line %d was not registered while the module loaded, nor by calling its exports with a simulated server", s.Registration.Line), true
		if s.Handler.Kind == "method_definition" || jsmodel.EnclosingClass(s.Handler) != nil {
			out.note = fmt.Sprintf("not reached: the connection handler at line %d is a class member (a NestJS gateway or a class nobody instantiated at load); verify simulates plain socket.io servers", s.Registration.Line)
		}
		return out
	}

	r.call("setPhase", "run")

	for i := 0; i < k && r.err == nil; i++ {
		r.call("connect", reg, i)
	}
	advance(settle, false)
	// Every handler fires once per client, except for client 0, which only
	// connects and leaves. Handlers that look like a goodbye (leave,
	// unsubscribe, stop, close...) fire only in the graceful scenario, first:
	// a client that drops cannot say goodbye.
	for round := 0; round < 3 && r.err == nil; round++ {
		any := false
		for i := 1; i < k && r.err == nil; i++ {
			var evs []string
			_ = vm.ExportTo(r.call("events", i), &evs)
			sort.SliceStable(evs, func(a, b int) bool { return leaveLike(evs[a]) && !leaveLike(evs[b]) })
			for _, ev := range evs {
				if leaveLike(ev) && scenario != Graceful {
					continue
				}
				any = true
				r.call("fire", i, ev)
				steps++
			}
		}
		if !any {
			break
		}
		advance(settle, false)
	}
	advance(r.call("span", 1).ToInteger(), false)
	switch scenario {
	case Ping:
		advance(pingWait, false)
		fallthrough
	case Graceful, Transport, ServerOff:
		for i := 0; i < k && r.err == nil; i++ {
			r.call("disconnect", i, reason)
		}
	case AllDrop:
		r.call("disconnectAll", reason)
	}
	advance(r.call("span", 2).ToInteger(), true)
	if r.err != nil {
		out.note, out.fatal = p.describe(r.err, "in scenario "+scenario), true
		return out
	}
	var raw []struct {
		Kind string `json:"kind"`
		Line int    `json:"line"`
		Col  int    `json:"col"`
		What string `json:"what"`
	}
	js := r.call("collect")
	if r.err != nil {
		out.note, out.fatal = p.describe(r.err, "collecting scenario "+scenario), true
		return out
	}
	if err := json.Unmarshal([]byte(js.String()), &raw); err != nil {
		out.note = "sandbox: " + err.Error()
		return out
	}
	agg := map[Live]int{}
	for _, x := range raw {
		agg[Live{Kind: x.Kind, Line: x.Line, Col: x.Col, What: x.What}]++
	}
	for l, n := range agg {
		l.Count = n
		out.live = append(out.live, l)
	}
	sort.Slice(out.live, func(i, j int) bool {
		a, b := out.live[i], out.live[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.What < b.What
	})
	return out
}

var testGlobal = regexp.MustCompile(`ReferenceError: (describe|it|test|suite|before|beforeEach|beforeAll|after|afterEach|afterAll|expect) is not defined`)

var leaveRe = regexp.MustCompile(`(?i)(^|[:._/ -])(un[a-z]|leave|stop|remove|logout|log-out|part|quit|exit|close|end|off|cancel|delete|destroy|hangup|hang-up|kick|bye|disconnect)`)

func leaveLike(ev string) bool { return leaveRe.MatchString(ev) }

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// describe turns an interrupt or exception into a note.
func (p *prepared) describe(err error, when string) string {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		if s, ok := ie.Value().(*stop); ok {
			return s.why + " (" + when + ")"
		}
		return "stopped: " + fmt.Sprint(ie.Value()) + " (" + when + ")"
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		where := ""
		for _, fr := range so.Stack() {
			if fr.SrcName() == p.path {
				pos := fr.Position()
				l, _ := p.locate(pos.Line, pos.Column)
				where = fmt.Sprintf(" at line %d", l)
				break
			}
		}
		return "stopped: unbounded recursion" + where + " overflowed the sandbox call stack (" + when + ")"
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		msg := firstLine(ex.Value().String())
		where := ""
		for _, fr := range ex.Stack() {
			if fr.SrcName() == p.path {
				pos := fr.Position()
				l, _ := p.locate(pos.Line, pos.Column)
				where = fmt.Sprintf(" at line %d", l)
				break
			}
		}
		if strings.Contains(when, "loading") {
			if testGlobal.MatchString(msg) {
				return "not verified: a test file (it uses the test runner's globals" + where + ": " + msg + "), not a server"
			}
			return "not verified: the module throws while loading" + where + ": " + msg
		}
		return "stopped: the code threw" + where + " " + when + ": " + msg
	}

	return "stopped: " + firstLine(err.Error()) + " (" + when + ")"
}
