// Package resourcenotreleased implements the resource-not-released rule for
// Go: a per-connection resource from the pairs table (files, processes,
// outbound connections, dedicated sql.Conn, go-redis PubSub, NATS
// subscriptions) acquired in a socket scope, kept past the handler, and not
// released on the disconnect path. The library frees none of them when the
// socket goes away.
package resourcenotreleased

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"

	"github.com/disconnectlint/disconnectlint/analyzers/internal/acquire"
	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Analyzer is the resource_not_released analyzer with the built-in pairs
// only.
var Analyzer = ruleutil.New("resource-not-released", func(r *ruleutil.Reporter, m *sockscope.Model) { check(r, m, pairs) })

const (
	goRedis = "github.com/redis/go-redis/v9"
	nats    = "github.com/nats-io/nats.go"
)

// pairs is the Go half of the semantics brief's section 5.2 table.
var pairs = []acquire.Pair{
	{Acquire: []string{"os.Open", "os.Create", "os.OpenFile"}, Result: 0, Releases: []string{"(*os.File).Close"},
		What: "the file from os.Open/Create", Release: "Close", CtxArg: -1},
	{Acquire: []string{"(*os/exec.Cmd).Start"}, Result: -1,
		Releases: []string{"(*os.Process).Kill", "(*os.Process).Signal", "(*os/exec.Cmd).Wait"}, AlsoOn: []string{"os/exec.Cmd.Process"},
		What: "the process started by exec.Cmd.Start", Release: "Process.Kill", CtxArg: -1},
	{Acquire: []string{"net.Dial", "net.DialTimeout", "(*net.Dialer).Dial", "(*net.Dialer).DialContext"}, Result: 0,
		Releases: []string{"(net.Conn).Close"}, What: "the connection from net.Dial", Release: "Close", CtxArg: -1},
	{Acquire: []string{"(*database/sql.DB).Conn"}, Result: 0, Releases: []string{"(*database/sql.Conn).Close"},
		What: "the sql.Conn from db.Conn", Release: "Close", CtxArg: -1},
	{Acquire: []string{"(*" + goRedis + ".Client).Subscribe", "(*" + goRedis + ".Client).PSubscribe", "(*" + goRedis + ".Client).SSubscribe"}, Result: 0,
		Releases: []string{"(*" + goRedis + ".PubSub).Close"}, What: "the go-redis PubSub from Subscribe", Release: "Close", CtxArg: -1},
	{Acquire: []string{"(*" + nats + ".Conn).Subscribe", "(*" + nats + ".Conn).ChanSubscribe", "(*" + nats + ".Conn).QueueSubscribe"}, Result: 0,
		Releases: []string{"(*" + nats + ".Subscription).Unsubscribe", "(*" + nats + ".Subscription).Drain"},
		What:     "the NATS subscription", Release: "Unsubscribe", CtxArg: -1},
}

// UserPair is a user-declared Go acquire/release pair (a `lang: go` entry
// under resources: in .disconnectlint.yml, or in the golangci-lint plugin's
// settings). Names are full names as types.Func.FullName prints them:
// "(*example.com/lease.Manager).Acquire" for a method with a pointer
// receiver, "(example.com/lease.Pool).Get" for a value receiver or an
// interface method, "example.com/lease.Open" for a function. Calls are
// matched by the called object, never by the spelling at the call site.
//
// The acquired value is the first result of Acquire that is not an error,
// or, when there is none, the receiver of the method (like exec.Cmd.Start).
// A Release method releases its receiver; a Release function releases any
// of its arguments.
type UserPair struct {
	Name    string   // for messages ("lease"); the acquire name when empty
	Acquire string   // full name of the acquiring function or method
	Release []string // full names of the releasing methods or functions; at least one
}

// New returns a resource_not_released analyzer that checks the built-in
// pairs and, in addition, the user-declared pairs. A user pair whose
// Acquire is also a built-in acquire replaces the built-in row.
func New(user []UserPair) (*analysis.Analyzer, error) {
	all := append([]acquire.Pair(nil), pairs...)
	for i, u := range user {
		if err := u.Validate(); err != nil {
			return nil, fmt.Errorf("resource %d: %w", i+1, err)
		}
		name := strings.TrimSpace(u.Name)
		if name == "" {
			name = strings.TrimSpace(u.Acquire)
		}
		var rel []string
		for _, r := range u.Release {
			rel = append(rel, short(strings.TrimSpace(r), true))
		}
		all = append(all, acquire.Pair{
			Acquire:  []string{strings.TrimSpace(u.Acquire)},
			Result:   acquire.ResultAuto,
			Releases: trimAll(u.Release),
			What:     fmt.Sprintf("resource %q from %s", name, short(strings.TrimSpace(u.Acquire), false)),
			Release:  strings.Join(rel, " or "),
			CtxArg:   -1,
		})
		sockscope.RegisterReleases(trimAll(u.Release)...)
	}
	return ruleutil.New("resource-not-released", func(r *ruleutil.Reporter, m *sockscope.Model) { check(r, m, all) }), nil
}

var (
	// A Go full name: an import path then .Func, or a receiver in
	// parentheses then .Method. The import path's last element may
	// contain dots (gopkg.in/yaml.v3), so the name is what follows the
	// last dot.
	goIdent  = `[\pL_][\pL\pN_]*`
	goPkg    = `[A-Za-z0-9_.~\-]+(/[A-Za-z0-9_.~\-]+)*`
	goFunc   = regexp.MustCompile(`^` + goPkg + `\.` + goIdent + `$`)
	goMethod = regexp.MustCompile(`^\((\*?)(` + goPkg + `)\.(` + goIdent + `)\)\.(` + goIdent + `)$`)
)

const goWant = `want a full Go name such as "(*example.com/lease.Manager).Acquire" or "example.com/lease.Open"`

// ValidName reports what is wrong with a full Go function or method name,
// or nil.
func ValidName(s string) error {
	bad := func(hint string) error {
		return fmt.Errorf("%q is not a full Go function or method name (%s)%s", s, goWant, hint)
	}
	if goMethod.MatchString(s) {
		return nil
	}
	switch {
	case s == "":
		return fmt.Errorf("the name is empty (%s)", goWant)
	case s != strings.TrimSpace(s):
		return bad("; remove the spaces around it")
	case strings.HasSuffix(s, ")"):
		return bad("; give the name without parentheses or arguments")
	case strings.Contains(s, "(") && !strings.HasPrefix(s, "("):
		return bad("; a method's receiver goes first, in parentheses")
	case !goFunc.MatchString(s) || strings.HasPrefix(s, "."):
		return bad("")
	}
	i := strings.LastIndex(s, ".")
	path := s[:i]
	if strings.HasSuffix(path, "/") || strings.HasPrefix(path, "/") {
		return bad("")
	}
	if !strings.Contains(path, "/") {
		// A one-element import path: a standard package (os) or a
		// dotted module path (example.com). "lease.Manager.Acquire" and
		// "Manager.Acquire" are methods written without the receiver.
		last := path[strings.LastIndex(path, ".")+1:]
		if last != "" && unicode.IsUpper([]rune(last)[0]) {
			return bad(`; for a method write the receiver in parentheses: "(*import/path.Type).Method"`)
		}
	}
	return nil
}

// Validate reports what is wrong with p, or nil.
func (p UserPair) Validate() error {
	what := "resource"
	if p.Name != "" {
		what = fmt.Sprintf("resource %q", p.Name)
	}
	if strings.TrimSpace(p.Acquire) == "" {
		return fmt.Errorf("%s has no acquire", what)
	}
	if err := ValidName(strings.TrimSpace(p.Acquire)); err != nil {
		return fmt.Errorf("%s: acquire %w", what, err)
	}
	if len(p.Release) == 0 {
		return fmt.Errorf("%s has no release", what)
	}
	for _, r := range p.Release {
		if err := ValidName(strings.TrimSpace(r)); err != nil {
			return fmt.Errorf("%s: release %w", what, err)
		}
	}
	return nil
}

// short drops the import path but its last element from a full name, for
// messages: "(*example.com/lease.Manager).Acquire" is "(*lease.Manager).Acquire";
// with method set, a method is just its name ("Release").
func short(full string, method bool) string {
	if m := goMethod.FindStringSubmatch(full); m != nil {
		if method {
			return m[5]
		}
		return "(" + m[1] + pkgName(m[2]) + "." + m[4] + ")." + m[5]
	}
	i := strings.LastIndex(full, ".")
	if i < 0 {
		return full
	}
	return pkgName(full[:i]) + full[i:]
}

func pkgName(path string) string { return path[strings.LastIndex(path, "/")+1:] }

func trimAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.TrimSpace(s)
	}
	return out
}

func check(r *ruleutil.Reporter, m *sockscope.Model, pairs []acquire.Pair) {
	acquire.Check(r, m, pairs, func(f acquire.Found) {
		pos, end := m.Nodes.Range(f.Call.Pos())
		r.Report(pos, end, m.Related(f.Scope), "resource", f.Pair.What, f.Pair.Release, m.Where(f.Scope))
	})
}
