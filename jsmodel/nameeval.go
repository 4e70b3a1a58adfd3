package jsmodel

import (
	"path"
	"regexp"
	"strconv"
	"strings"
)

// A small evaluator for what loaders compute from a listed file name: the
// filter that picks the files (f.endsWith('.js'), f !== 'index.js',
// path.extname(f) === '.js', /\.js$/.test(f)) and the event name derived
// from it (f.substring(0, f.indexOf('.')), path.basename(f, '.js'),
// f.split('.')[0]). It knows strings, numbers and booleans, and says
// "unknown" for anything else, which callers treat conservatively.

type nameVal struct {
	kind int // 0 unknown, 1 string, 2 number, 3 bool, 4 string list
	s    string
	n    int
	b    bool
	list []string
}

const (
	unknownVal = iota
	stringVal
	numberVal
	boolVal
	listVal
)

var unknown = nameVal{}

func str(s string) nameVal   { return nameVal{kind: stringVal, s: s} }
func num(n int) nameVal      { return nameVal{kind: numberVal, n: n} }
func boolean(b bool) nameVal { return nameVal{kind: boolVal, b: b} }

// evalName evaluates n with elem bound to the file name name.
func (f *File) evalName(n *Node, elem *Binding, name string, depth int) nameVal {
	n = unparen(n)
	if n == nil || depth > 12 {
		return unknown
	}
	switch n.Kind {
	case "identifier":
		b := f.Resolve(n)
		if b == nil {
			return unknown
		}
		if b == elem {
			// file = file.replace('.js', ''): the latest assignment that
			// certainly runs before this use gives the value; one that
			// may or may not run leaves it unknown.
			var last *Node
			for _, a := range b.Assigns {
				if a.Parent != nil && a.Parent.End <= n.Start && a.Tree() == n.Tree() {
					if !assignedBefore(a, n) {
						return unknown
					}
					if last == nil || a.Start > last.Start {
						last = a
					}
				}
			}
			if last != nil {
				return f.evalName(last, elem, name, depth+1)
			}
			return str(name)
		}
		if b.Kind == "const" && b.Init != nil && b.Destructured == "" {
			return f.evalName(b.Init, elem, name, depth+1)
		}
	case "string", "template_string":
		if s, ok := f.StringValue(n); ok {
			return str(s)
		}
	case "number":
		// Plain decimals only: 010 is octal in sloppy JS, 1e3 and 0x10 are
		// not worth the trouble.
		if t := f.Tree.Text(n); t == "0" || (t[0] != '0' && strings.Trim(t, "0123456789") == "") {
			if v, err := strconv.Atoi(t); err == nil {
				return num(v)
			}
		}
	case "true", "false":
		return boolean(n.Kind == "true")
	case "unary_expression":
		op := f.Tree.Text(n.Child("operator"))
		v := f.evalName(n.Child("argument"), elem, name, depth+1)
		switch {
		case op == "!" && v.kind == boolVal:
			return boolean(!v.b)
		case op == "-" && v.kind == numberVal:
			return num(-v.n)
		}
	case "binary_expression":
		return f.evalBinary(n, elem, name, depth)
	case "subscript_expression":
		obj := f.evalName(n.Child("object"), elem, name, depth+1)
		idx := f.evalName(n.Child("index"), elem, name, depth+1)
		if obj.kind == listVal && idx.kind == numberVal && idx.n >= 0 && idx.n < len(obj.list) {
			return str(obj.list[idx.n])
		}
	case "member_expression":
		prop := f.Tree.Text(n.Child("property"))
		obj := unparen(n.Child("object"))
		if prop == "length" {
			if v := f.evalName(obj, elem, name, depth+1); v.kind == stringVal && isASCII(v.s) {
				return num(len(v.s))
			}
		}
		// path.parse(f).name / .ext
		if obj != nil && obj.Kind == "call_expression" {
			if cn, _ := f.calledName(obj); cn == "parse" {
				if args := Args(obj); len(args) == 1 {
					if v := f.evalName(args[0], elem, name, depth+1); v.kind == stringVal {
						ext := nodeExt(v.s)
						switch prop {
						case "name":
							return str(strings.TrimSuffix(path.Base(v.s), ext))
						case "ext":
							return str(ext)
						case "base":
							return str(path.Base(v.s))
						}
					}
				}
			}
		}
	case "call_expression":
		return f.evalCall(n, elem, name, depth)
	}
	return unknown
}

func (f *File) evalBinary(n *Node, elem *Binding, name string, depth int) nameVal {
	op := f.Tree.Text(n.Child("operator"))
	l := f.evalName(n.Child("left"), elem, name, depth+1)
	switch op {
	case "&&":
		if l.kind == boolVal && !l.b {
			return boolean(false)
		}
		r := f.evalName(n.Child("right"), elem, name, depth+1)
		if l.kind == boolVal && r.kind == boolVal {
			return boolean(l.b && r.b)
		}
		if r.kind == boolVal && !r.b {
			return boolean(false)
		}
		return unknown
	case "||":
		if l.kind == boolVal && l.b {
			return boolean(true)
		}
		r := f.evalName(n.Child("right"), elem, name, depth+1)
		if l.kind == boolVal && r.kind == boolVal {
			return boolean(l.b || r.b)
		}
		if r.kind == boolVal && r.b {
			return boolean(true)
		}
		return unknown
	}
	r := f.evalName(n.Child("right"), elem, name, depth+1)
	if l.kind == unknownVal || r.kind == unknownVal {
		return unknown
	}
	switch op {
	case "===", "!==":
		eq := l.kind == r.kind && l.s == r.s && l.n == r.n && l.b == r.b
		return boolean(eq == (op == "==="))
	case "==", "!=":
		eq, ok := looseEqual(l, r)
		if !ok {
			return unknown
		}
		return boolean(eq == (op == "=="))
	case "+":
		switch {
		case l.kind == stringVal && r.kind == stringVal:
			return str(l.s + r.s)
		case l.kind == numberVal && r.kind == numberVal:
			return num(l.n + r.n)
		}
	case "-":
		if l.kind == numberVal && r.kind == numberVal {
			return num(l.n - r.n)
		}
	case "<", ">", "<=", ">=":
		if l.kind == numberVal && r.kind == numberVal {
			switch op {
			case "<":
				return boolean(l.n < r.n)
			case ">":
				return boolean(l.n > r.n)
			case "<=":
				return boolean(l.n <= r.n)
			default:
				return boolean(l.n >= r.n)
			}
		}
	}
	return unknown
}

func (f *File) evalCall(n *Node, elem *Binding, name string, depth int) nameVal {
	fname, recv := f.calledName(n)
	var args []nameVal
	for _, a := range Args(n) {
		args = append(args, f.evalName(a, elem, name, depth+1))
	}
	strArg := func(i int) (string, bool) {
		if i < len(args) && args[i].kind == stringVal {
			return args[i].s, true
		}
		return "", false
	}
	numArg := func(i int, def int) (int, bool) {
		if i >= len(args) {
			return def, true
		}
		if args[i].kind == numberVal {
			return args[i].n, true
		}
		return 0, false
	}
	if recv == nil || fname == "basename" || fname == "extname" {
		// path.basename(f, ext), extname(f): called on the path module.
		switch fname {
		case "basename":
			s, ok := strArg(0)
			if !ok || len(args) > 2 {
				return unknown
			}
			b := path.Base(s)
			if len(args) == 2 {
				ext, ok := strArg(1)
				if !ok {
					return unknown
				}
				if b != ext {
					b = strings.TrimSuffix(b, ext)
				}
			}
			return str(b)
		case "extname":
			if s, ok := strArg(0); ok {
				return str(nodeExt(s))
			}
		}
		return unknown
	}
	// /re/.test(f)
	if fname == "test" && unparen(recv).Kind == "regex" {
		re := unparen(recv)
		pat := f.Tree.Text(re.Child("pattern"))
		if fl := re.Child("flags"); fl != nil {
			flags := f.Tree.Text(fl)
			if strings.Trim(flags, "igu") != "" {
				return unknown // m, s, y, d: not modelled
			}
			if strings.Contains(flags, "i") {
				pat = "(?i)" + pat
			}
		}
		if strings.Contains(pat, `\z`) || strings.Contains(pat, `\Q`) || strings.Contains(pat, `\A`) {
			return unknown // Go's regexp reads these differently from JS
		}
		s, ok := strArg(0)
		rx, err := regexp.Compile(pat)
		if !ok || err != nil {
			return unknown
		}
		return boolean(rx.MatchString(s))
	}
	r := f.evalName(recv, elem, name, depth+1)
	if r.kind == listVal {
		switch fname {
		case "pop":
			if len(r.list) > 0 {
				return str(r.list[len(r.list)-1])
			}
		case "shift":
			if len(r.list) > 0 {
				return str(r.list[0])
			}
		case "join":
			sep := ","
			if s, ok := strArg(0); ok {
				sep = s
			}
			return str(strings.Join(r.list, sep))
		case "slice":
			a, ok1 := numArg(0, 0)
			b, ok2 := numArg(1, len(r.list))
			if ok1 && ok2 {
				a, b = sliceBounds(a, b, len(r.list))
				return nameVal{kind: listVal, list: r.list[a:b]}
			}
		}
		return unknown
	}
	if r.kind != stringVal {
		return unknown
	}
	s := r.s
	switch fname {
	case "endsWith", "startsWith", "includes", "indexOf", "lastIndexOf", "split":
		if len(args) != 1 {
			return unknown // a position or a limit: not modelled
		}
	case "substring", "substr", "slice":
		if !isASCII(s) {
			return unknown // JS counts UTF-16 units, not bytes
		}
	}
	switch fname {
	case "endsWith", "startsWith", "includes":
		x, ok := strArg(0)
		if !ok {
			return unknown
		}
		switch fname {
		case "endsWith":
			return boolean(strings.HasSuffix(s, x))
		case "startsWith":
			return boolean(strings.HasPrefix(s, x))
		}
		return boolean(strings.Contains(s, x))
	case "indexOf", "lastIndexOf":
		x, ok := strArg(0)
		if !ok || !isASCII(s) {
			return unknown
		}
		if fname == "indexOf" {
			return num(strings.Index(s, x))
		}
		return num(strings.LastIndex(s, x))
	case "toLowerCase":
		return str(strings.ToLower(s))
	case "toUpperCase":
		return str(strings.ToUpper(s))
	case "trim":
		return str(strings.TrimSpace(s))
	case "replace", "replaceAll":
		x, ok1 := strArg(0)
		y, ok2 := strArg(1)
		if !ok1 || !ok2 || strings.Contains(y, "$") {
			return unknown // a regex pattern, or $& in the replacement: not modelled
		}
		if fname == "replace" {
			return str(strings.Replace(s, x, y, 1))
		}
		return str(strings.ReplaceAll(s, x, y))
	case "split":
		x, ok := strArg(0)
		if !ok {
			return unknown
		}
		return nameVal{kind: listVal, list: strings.Split(s, x)}
	case "substring", "substr", "slice":
		a, ok1 := numArg(0, 0)
		b, ok2 := numArg(1, len(s))
		if !ok1 || !ok2 {
			return unknown
		}
		switch fname {
		case "substring":
			a, b = max(0, min(a, len(s))), max(0, min(b, len(s)))
			if a > b {
				a, b = b, a
			}
		case "substr":
			a, _ = sliceBounds(a, len(s), len(s))
			b = min(len(s), a+max(0, b))
		default:
			a, b = sliceBounds(a, b, len(s))
		}
		return str(s[a:b])
	}
	return unknown
}

// looseEqual is JS == for strings and numbers ('4' == 4); other mixes,
// and strings that are not plain decimals, are not judged.
func looseEqual(l, r nameVal) (eq, ok bool) {
	if l.kind == r.kind && l.kind != listVal {
		return l.s == r.s && l.n == r.n && l.b == r.b, true
	}
	if l.kind == stringVal && r.kind == numberVal {
		l, r = r, l
	}
	if l.kind != numberVal || r.kind != stringVal {
		return false, false
	}
	t := strings.TrimSpace(r.s)
	if t == "" {
		return l.n == 0, true
	}
	if strings.Trim(t, "0123456789") != "" {
		return false, false
	}
	v, err := strconv.Atoi(t)
	return err == nil && l.n == v, err == nil
}

// nodeExt is path.extname in Node: from the last dot of the base name, but
// "" for a dot file such as ".js".
func nodeExt(p string) string {
	b := path.Base(p)
	i := strings.LastIndexByte(b, '.')
	if i <= 0 {
		return ""
	}
	return b[i:]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// sliceBounds applies JS slice semantics (negative from the end, clamped).
func sliceBounds(a, b, n int) (int, int) {
	if a < 0 {
		a += n
	}
	if b < 0 {
		b += n
	}
	a, b = max(0, min(a, n)), max(0, min(b, n))
	if b < a {
		b = a
	}
	return a, b
}
