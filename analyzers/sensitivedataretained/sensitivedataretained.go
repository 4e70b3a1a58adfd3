// Package sensitivedataretained implements the sensitive-data-retained rule
// for Go: a structure that outlives the socket (package-level or long-lived
// field map, sync.Map, slice, hub channel) keeps a secret-like value for a
// socket (a token, password, secret, API key, credential, JWT, cookie or
// session key) and the disconnect path never drops it. The secret stays in
// the heap, and in heap dumps, long after the client left.
package sensitivedataretained

import (
	"go/token"
	"regexp"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/disconnectlint/disconnectlint/analyzers/clientnotuntracked"
	"github.com/disconnectlint/disconnectlint/analyzers/internal/ruleutil"
	"github.com/disconnectlint/disconnectlint/analyzers/internal/ssax"
	"github.com/disconnectlint/disconnectlint/analyzers/sockscope"
)

// Analyzer is the sensitive_data_retained analyzer.
var Analyzer = ruleutil.New("sensitive-data-retained", run)

// secret matches identifiers and keys that name secrets. It is matched on
// the name with '_' and '-' removed, lowercased.
var secret = regexp.MustCompile(`token|password|passwd|secret|apikey|credential|jwt|cookie|sessionkey|authorization|privatekey`)

func isSecretName(name string) bool {
	n := strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(name))
	return secret.MatchString(n)
}

func run(r *ruleutil.Reporter, m *sockscope.Model) {
	for _, fn := range m.Funcs {
		scopes := m.ScopesOf(fn)
		if len(scopes) == 0 {
			continue
		}
		for _, ins := range clientnotuntracked.Insertions(m, fn, true) {
			what := evidence(m, ins)
			if what == "" {
				continue
			}
			var first *sockscope.Scope
			leaked := true
			for _, sc := range scopes {
				if ins.Released(sc) {
					leaked = false
					break
				}
				if first == nil {
					first = sc
				}
			}
			if !leaked || first == nil {
				continue
			}
			pos, end := m.Nodes.Range(ins.Pos)
			r.Report(pos, end, m.Related(first), "secret", what, ins.Where, m.Where(first))
		}
	}
}

// evidence says what secret an insertion keeps, or "".
func evidence(m *sockscope.Model, ins *clientnotuntracked.Insertion) string {
	for _, l := range ins.Container.Locs {
		if l.Kind == sockscope.LocGlobal || l.Kind == sockscope.LocField || l.Kind == sockscope.LocElem {
			if isSecretName(lastName(l.Key)) {
				return "the value"
			}
		}
	}
	if ins.Value == nil {
		return ""
	}
	return valueSecret(m, ins.Value, map[ssa.Value]bool{}, 0)
}

func lastName(key string) string {
	if i := strings.LastIndex(key, "."); i >= 0 {
		return key[i+1:]
	}
	return key
}

// valueSecret looks at what a value is made of: a struct with secret-named
// fields set, a variable or parameter with a secret name, a lookup with a
// secret-named key (Auth["token"], Header.Get("Authorization")).
func valueSecret(m *sockscope.Model, v ssa.Value, seen map[ssa.Value]bool, depth int) string {
	v = ssax.Strip(v)
	if v == nil || seen[v] || depth > 4 {
		return ""
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.Alloc:
		for _, ref := range *x.Referrers() {
			fa, ok := ref.(*ssa.FieldAddr)
			if !ok {
				continue
			}
			name := fieldName(fa)
			for _, rr := range *fa.Referrers() {
				if st, ok := rr.(*ssa.Store); ok && st.Addr == fa {
					if isSecretName(name) {
						return "field " + name
					}
					if s := valueSecret(m, st.Val, seen, depth+1); s != "" {
						return s
					}
				}
			}
		}
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if fa, ok := x.X.(*ssa.FieldAddr); ok && isSecretName(fieldName(fa)) {
				return "field " + fieldName(fa)
			}
			if a, ok := x.X.(*ssa.Alloc); ok {
				if s := valueSecret(m, a, seen, depth+1); s != "" {
					return s // a struct value built in place
				}
				for _, r := range *a.Referrers() {
					if st, ok := r.(*ssa.Store); ok && st.Addr == a {
						if s := valueSecret(m, st.Val, seen, depth+1); s != "" {
							return s
						}
					}
				}
			}
		}
	case *ssa.Parameter:
		if isSecretName(x.Name()) {
			return x.Name()
		}
	case *ssa.FreeVar:
		if isSecretName(x.Name()) {
			return x.Name()
		}
		for _, b := range m.Bindings(x) {
			if s := valueSecret(m, b, seen, depth+1); s != "" {
				return s
			}
		}
	case *ssa.Lookup:
		if k, ok := ssax.ConstString(x.Index); ok && isSecretName(k) {
			return k
		}
	case *ssa.Extract:
		if t, ok := x.Tuple.(*ssa.Lookup); ok {
			return valueSecret(m, t, seen, depth+1)
		}
		if t, ok := x.Tuple.(*ssa.TypeAssert); ok {
			return valueSecret(m, t.X, seen, depth+1)
		}
	case *ssa.TypeAssert:
		return valueSecret(m, x.X, seen, depth+1)
	case *ssa.Call:
		for _, a := range x.Common().Args {
			if k, ok := ssax.ConstString(a); ok && isSecretName(k) {
				return k
			}
		}
	}
	return ""
}

func fieldName(fa *ssa.FieldAddr) string {
	key := sockscope.FieldKey(fa)
	return lastName(key)
}
