// Package config reads .disconnectlint.yml: rule severities, exclude globs
// and user-declared resource pairs for both engines.
//
// The file is decoded through yaml.Node rather than into a struct so that
// every mistake (an unknown key, an unknown rule id, a malformed pattern, a
// value of the wrong type) is reported with the file and line it is on, and so
// that nothing the user wrote is ever silently ignored.
package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/disconnectlint/disconnectlint/internal/discover"
	"github.com/disconnectlint/disconnectlint/internal/suggest"
	"github.com/disconnectlint/disconnectlint/rules"
)

// FileNames are the names Find looks for in each directory, in this order:
// when both exist in one directory, .disconnectlint.yml wins.
var FileNames = []string{".disconnectlint.yml", ".disconnectlint.yaml"}

// Config is one configuration file, validated.
type Config struct {
	// Path is the file as it was named to Load or Parse; messages use it.
	Path string
	// Rules maps a catalogue rule ID to the severity the user chose for it.
	// Off turns the rule off; Error or Warning turn it on at that level,
	// including rules that are off by default. Rules not in the map keep
	// their catalogue defaults.
	Rules map[string]rules.Severity
	// Exclude holds globs relative to the directory of the config file, in
	// the syntax of --exclude. Use ExcludesRelativeTo before handing them to
	// discovery, which matches paths relative to the working directory.
	Exclude []string
	// Resources are the user-declared acquire/release pairs, in file order.
	Resources []Resource

	ruleLine map[string]int // line of each key under rules, for Merge's errors
}

// Resource is a user-declared acquire/release pair.
//
// For Lang "js", Acquire is a dotted callee path (redisPool.acquire,
// acquireLease). Each Release entry is either a bare name (release), which
// matches a method called on the acquired value (v.release()) or a function
// called with it (release(v)), or a dotted path (redisPool.release), which
// matches a call taking the value as an argument.
//
// For Lang "go", Acquire and Release are full names as types.Func.FullName
// prints them: (*example.com/lease.Manager).Acquire for a method with a
// pointer receiver, (example.com/lease.Manager).Acquire for a value receiver,
// example.com/lease.Open for a function. A release is a method on the
// acquired value or a function taking it.
type Resource struct {
	Name    string
	Lang    string // "js" or "go"
	Acquire string
	Release []string
	Line    int // line of the resource's entry in the config file
}

// Error is a problem with a configuration file. Its text reads
// "FILE:LINE: what is wrong", or "FILE: what is wrong" when no line applies
// (the file cannot be read). Every Error is a configuration error: exit 2.
type Error struct {
	Path string
	Line int    // 1-based; 0 when the problem is not on a line
	Key  string // dotted key the problem is about (rules.timer-not-cleared, resources[1].acquire); may be empty
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Find walks upward from dir (a directory, or a file whose directory is
// used) to the filesystem root and returns the first configuration file
// found, as an absolute path.
func Find(dir string) (path string, ok bool) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	if st, err := os.Stat(abs); err == nil && !st.IsDir() {
		abs = filepath.Dir(abs)
	}
	for {
		for _, name := range FileNames {
			p := filepath.Join(abs, name)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p, true
			}
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", false
		}
		abs = parent
	}
}

// Load reads and parses the configuration file at path. Messages name the
// file as path is written, so pass it relative to the working directory.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		msg := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
		return nil, &Error{Path: path, Msg: "cannot read config file: " + msg}
	}
	return Parse(path, data)
}

// Parse validates data as the contents of the configuration file path. An
// empty file, or one with only comments, is a valid empty configuration.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path, Rules: map[string]rules.Severity{}, ruleLine: map[string]int{}}
	p := &parser{path: path}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err == io.EOF {
			return c, nil
		}
		return nil, p.yamlError(err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err != io.EOF {
		if err != nil {
			return nil, p.yamlError(err)
		}
		return nil, p.errf(&extra, "", "more than one YAML document; a config file holds one")
	}
	root := &doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return c, nil
		}
		root = root.Content[0]
	}
	root = deref(root)
	if isNull(root) {
		return c, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, p.errf(root, "", "the config must be a mapping with keys rules, exclude and resources, not %s", kindName(root))
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], deref(root.Content[i+1])
		key := k.Value
		if line, dup := seen[key]; dup {
			return nil, p.errf(k, key, "duplicate key %q (first at line %d)", key, line)
		}
		seen[key] = k.Line
		var err error
		switch key {
		case "rules":
			err = p.rules(c, v)
		case "exclude":
			err = p.exclude(c, v)
		case "resources":
			err = p.resources(c, v)
		default:
			err = p.unknownTopKey(k)
		}
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

type parser struct{ path string }

func (p *parser) errf(n *yaml.Node, key, format string, args ...any) *Error {
	return &Error{Path: p.path, Line: n.Line, Key: key, Msg: fmt.Sprintf(format, args...)}
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError turns a yaml.v3 syntax error into an Error carrying its line.
func (p *parser) yamlError(err error) *Error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{Path: p.path, Line: line, Msg: "invalid YAML: " + m[2]}
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	return &Error{Path: p.path, Line: 1, Msg: "invalid YAML: " + msg}
}

var topKeys = []string{"rules", "exclude", "resources"}

func (p *parser) unknownTopKey(k *yaml.Node) *Error {
	if k.Kind != yaml.ScalarNode {
		return p.errf(k, "", "a key must be a plain name, not %s", kindName(k))
	}
	if _, ok := rules.Lookup(k.Value); ok {
		return p.errf(k, k.Value, "unknown key %q: rule severities go under rules: (rules: {%s: error})", k.Value, k.Value)
	}
	return p.errf(k, k.Value, "unknown key %q%s (want rules, exclude or resources)", k.Value, didYouMean(k.Value, topKeys))
}

func (p *parser) rules(c *Config, v *yaml.Node) error {
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.MappingNode {
		return p.errf(v, "rules", "rules must be a mapping of rule id to error, warning or off, not %s", kindName(v))
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], deref(v.Content[i+1])
		id := k.Value
		if k.Kind != yaml.ScalarNode {
			return p.errf(k, "rules", "a rule id under rules must be a plain name, not %s", kindName(k))
		}
		if _, ok := rules.Lookup(id); !ok {
			return p.errf(k, "rules."+id, "unknown rule %q under rules%s", id, didYouMean(id, rules.IDs()))
		}
		if line, dup := seen[id]; dup {
			return p.errf(k, "rules."+id, "rule %q is set twice under rules (first at line %d)", id, line)
		}
		seen[id] = k.Line
		if val.Kind != yaml.ScalarNode || isNull(val) {
			return p.errf(val, "rules."+id, "severity of rule %q must be error, warning or off, not %s", id, kindName(val))
		}
		sev, err := rules.ParseSeverity(val.Value)
		if err != nil {
			return p.errf(val, "rules."+id, "unknown severity %q for rule %q (want error, warning or off)", val.Value, id)
		}
		c.Rules[id] = sev
		c.ruleLine[id] = k.Line
	}
	return nil
}

func (p *parser) exclude(c *Config, v *yaml.Node) error {
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		return p.errf(v, "exclude", "exclude must be a list of globs (exclude: [\"scripts/**\"]), not %s", kindName(v))
	}
	for i, n := range v.Content {
		n = deref(n)
		key := fmt.Sprintf("exclude[%d]", i)
		// Any scalar is a glob: "- 2024" names a directory.
		if n.Kind != yaml.ScalarNode || isNull(n) {
			return p.errf(n, key, "exclude entry %d must be a glob string, not %s", i+1, kindName(n))
		}
		g := strings.TrimSpace(n.Value)
		if g == "" {
			return p.errf(n, key, "exclude entry %d is an empty glob", i+1)
		}
		if err := discover.ValidGlob(g); err != nil {
			return p.errf(n, key, "malformed exclude glob %q: %v", n.Value, err)
		}
		for _, part := range strings.Split(g, "/") {
			if part == ".." {
				return p.errf(n, key, "exclude glob %q reaches outside the directory of the config file; globs are relative to it", n.Value)
			}
		}
		c.Exclude = append(c.Exclude, g)
	}
	return nil
}

var resourceKeys = []string{"name", "lang", "acquire", "release"}

func (p *parser) resources(c *Config, v *yaml.Node) error {
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		return p.errf(v, "resources", "resources must be a list of {name, lang, acquire, release} entries, not %s", kindName(v))
	}
	names := map[string]int{}
	for i, n := range v.Content {
		n = deref(n)
		key := fmt.Sprintf("resources[%d]", i)
		if n.Kind != yaml.MappingNode {
			return p.errf(n, key, "resource %d must be a mapping with name, lang, acquire and release, not %s", i+1, kindName(n))
		}
		r, err := p.resource(n, key)
		if err != nil {
			return err
		}
		if line, dup := names[r.Name]; dup {
			return p.errf(n, key+".name", "duplicate resource name %q (first declared at line %d)", r.Name, line)
		}
		names[r.Name] = r.Line
		c.Resources = append(c.Resources, *r)
	}
	return nil
}

func (p *parser) resource(n *yaml.Node, key string) (*Resource, error) {
	r := &Resource{Line: n.Line}
	fields := map[string]*yaml.Node{}
	keys := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], deref(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			return nil, p.errf(k, key, "a resource field must be a plain name, not %s", kindName(k))
		}
		if !contains(resourceKeys, k.Value) {
			return nil, p.errf(k, key+"."+k.Value, "unknown resource field %q%s (want name, lang, acquire and release)", k.Value, didYouMean(k.Value, resourceKeys))
		}
		if prev, dup := keys[k.Value]; dup {
			return nil, p.errf(k, key+"."+k.Value, "resource field %q is set twice (first at line %d)", k.Value, prev.Line)
		}
		keys[k.Value] = k
		fields[k.Value] = val
	}
	str := func(field string) (string, error) {
		v, ok := fields[field]
		if !ok {
			what := "resource"
			if r.Name != "" {
				what = fmt.Sprintf("resource %q", r.Name)
			}
			return "", p.errf(n, key+"."+field, "%s has no %s", what, field)
		}
		if v.Kind != yaml.ScalarNode || isNull(v) {
			return "", p.errf(v, key+"."+field, "resource %s must be a string, not %s", field, kindName(v))
		}
		s := strings.TrimSpace(v.Value)
		if s == "" {
			return "", p.errf(v, key+"."+field, "resource %s is empty", field)
		}
		return s, nil
	}
	var err error
	if r.Name, err = str("name"); err != nil {
		return nil, err
	}
	if r.Lang, err = str("lang"); err != nil {
		return nil, err
	}
	if r.Lang != string(rules.JS) && r.Lang != string(rules.Go) {
		return nil, p.errf(fields["lang"], key+".lang", "resource %q: unknown lang %q (want js or go)", r.Name, r.Lang)
	}
	if r.Acquire, err = str("acquire"); err != nil {
		return nil, err
	}
	if msg := checkAcquire(r.Lang, r.Acquire); msg != "" {
		return nil, p.errf(fields["acquire"], key+".acquire", "resource %q: %s", r.Name, msg)
	}
	rel, ok := fields["release"]
	if !ok {
		return nil, p.errf(n, key+".release", "resource %q has no release", r.Name)
	}
	if rel.Kind != yaml.SequenceNode {
		return nil, p.errf(rel, key+".release", "resource %q: release must be a list (release: [\"close\"]), not %s", r.Name, kindName(rel))
	}
	if len(rel.Content) == 0 {
		return nil, p.errf(rel, key+".release", "resource %q: release lists nothing", r.Name)
	}
	for j, e := range rel.Content {
		e = deref(e)
		ekey := fmt.Sprintf("%s.release[%d]", key, j)
		if e.Kind != yaml.ScalarNode || isNull(e) {
			return nil, p.errf(e, ekey, "resource %q: release entry %d must be a string, not %s", r.Name, j+1, kindName(e))
		}
		s := strings.TrimSpace(e.Value)
		if msg := checkRelease(r.Lang, s); msg != "" {
			return nil, p.errf(e, ekey, "resource %q: %s", r.Name, msg)
		}
		r.Release = append(r.Release, s)
	}
	return r, nil
}

var (
	jsPath = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$`)
	// A Go full name: an import path then .Func, or a receiver in
	// parentheses then .Method. The import path's last element may contain
	// dots (gopkg.in/yaml.v3), so the name is what follows the last dot.
	goIdent   = `[\pL_][\pL\pN_]*`
	goPkg     = `[A-Za-z0-9_.~\-]+(/[A-Za-z0-9_.~\-]+)*`
	goFunc    = regexp.MustCompile(`^` + goPkg + `\.` + goIdent + `$`)
	goMethod  = regexp.MustCompile(`^\(\*?` + goPkg + `\.` + goIdent + `\)\.` + goIdent + `$`)
	goWantMsg = `want a full Go name such as "(*example.com/lease.Manager).Acquire" or "example.com/lease.Open"`
)

// checkAcquire returns what is wrong with an acquire pattern, or "".
func checkAcquire(lang, s string) string {
	if lang == string(rules.JS) {
		if !jsPath.MatchString(s) {
			return fmt.Sprintf("acquire %q is not a callee path (want a name or dotted path such as \"redisPool.acquire\" or \"acquireLease\", without parentheses)", s)
		}
		return ""
	}
	if !validGoName(s) {
		return fmt.Sprintf("acquire %q is not a full Go function or method name (%s)", s, goWantMsg)
	}
	return ""
}

// checkRelease returns what is wrong with a release pattern, or "".
func checkRelease(lang, s string) string {
	if s == "" {
		return "release entry is empty"
	}
	if lang == string(rules.JS) {
		if !jsPath.MatchString(s) {
			return fmt.Sprintf("release %q is not a method name or callee path (want \"release\" or \"redisPool.release\", without parentheses)", s)
		}
		return ""
	}
	if !validGoName(s) {
		return fmt.Sprintf("release %q is not a full Go function or method name (%s)", s, goWantMsg)
	}
	return ""
}

func validGoName(s string) bool {
	if goMethod.MatchString(s) {
		return true
	}
	// A function needs a package path: "Open" or ".Open" alone is not one.
	return goFunc.MatchString(s) && !strings.HasPrefix(s, ".")
}

// ExcludesRelativeTo returns the exclude globs rewritten from the config
// file's directory to workDir (absolute), for discover.Options.Excludes,
// which matches slash-separated paths relative to workDir (or absolute paths
// for files outside it).
//
//   - Config in workDir: the globs are unchanged.
//   - Config in a subdirectory sub/ of workDir: "scripts/**" becomes
//     "sub/scripts/**", and a glob without a slash ("*.spec.ts"), which
//     matches any path element, becomes "sub/**/*.spec.ts".
//   - Config in an ancestor of workDir: the part of the glob that matches
//     the path from the config's directory down to workDir is consumed
//     ("pkg/server/scripts/**" run from pkg/server is "scripts/**"); a glob
//     that matches a directory containing workDir becomes "**".
//   - Otherwise, and in addition when the config is not under workDir
//     (files outside workDir are reported by absolute path), the glob is
//     also anchored at the config's absolute directory.
func (c *Config) ExcludesRelativeTo(workDir string) []string {
	if len(c.Exclude) == 0 {
		return nil
	}
	cfgDir, err := filepath.Abs(filepath.Dir(c.Path))
	if err != nil {
		return append([]string(nil), c.Exclude...)
	}
	wd, err := filepath.Abs(workDir)
	if err != nil {
		return append([]string(nil), c.Exclude...)
	}
	var out, abs []string
	seen := map[string]bool{}
	add := func(g string) {
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	addAbs := func(g string) {
		if !seen[g] {
			seen[g] = true
			abs = append(abs, g)
		}
	}
	rel, err := filepath.Rel(wd, cfgDir)
	if err != nil {
		rel = ""
	}
	rel = filepath.ToSlash(rel)
	absDir := strings.TrimSuffix(filepath.ToSlash(cfgDir), "/")
	up := rel == ".." || strings.HasPrefix(rel, "../") || err != nil
	for _, g := range c.Exclude {
		g = strings.TrimPrefix(g, "./")
		anchored := strings.Contains(g, "/")
		g = strings.TrimPrefix(g, "/")
		switch {
		case rel == ".":
			if anchored {
				add(anchor(g))
			} else {
				add(g)
			}
		case !up:
			// Config below workDir.
			if anchored {
				add(rel + "/" + g)
			} else {
				add(rel + "/**/" + g)
			}
		default:
			// Is workDir inside the config's directory?
			down, derr := filepath.Rel(cfgDir, wd)
			down = filepath.ToSlash(down)
			if derr == nil && down != ".." && !strings.HasPrefix(down, "../") {
				segs := strings.Split(down, "/")
				if !anchored {
					// An element pattern: if it matches a directory on the
					// way down, everything under workDir is excluded.
					hit := false
					for _, s := range segs {
						if ok, _ := path.Match(g, s); ok {
							hit = true
						}
					}
					if hit {
						add("**")
					} else {
						add(g)
					}
				} else {
					for _, s := range strip(strings.Split(strings.TrimSuffix(g, "/"), "/"), segs) {
						add(s)
					}
				}
			}
		}
		if up {
			if anchored {
				addAbs(absDir + "/" + g)
			} else {
				addAbs(absDir + "/**/" + g)
			}
		}
	}
	return append(out, abs...)
}

// anchor keeps a one-element glob that had a slash (such as "/scripts" or
// "scripts/") matching the whole path rather than any path element, which is
// what discover.MatchGlob does with slash-free globs.
func anchor(g string) string {
	if strings.Contains(strings.TrimSuffix(g, "/"), "/") {
		return g
	}
	return strings.TrimSuffix(g, "/") + "/"
}

// strip returns the globs that match, relative to the directory d below the
// config (d's segments are dir), what pat matches relative to the config.
func strip(pat, dir []string) []string {
	if len(dir) == 0 {
		if len(pat) == 0 {
			return []string{"**"}
		}
		return []string{anchor(strings.Join(pat, "/"))}
	}
	if len(pat) == 0 {
		// pat matched a directory that contains workDir: a directory glob
		// excludes everything under it.
		return []string{"**"}
	}
	if pat[0] == "**" {
		if len(pat) == 1 {
			return []string{"**"}
		}
		// ** matches no directory, or absorbs the next one.
		out := strip(pat[1:], dir)
		out = append(out, strip(pat, dir[1:])...)
		return dedupe(out)
	}
	if ok, _ := path.Match(pat[0], dir[0]); ok {
		return strip(pat[1:], dir[1:])
	}
	return nil
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	out := ss[:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// deref follows YAML aliases (*anchor) to the node they name.
func deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n == nil || n.Kind == 0 || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

func kindName(n *yaml.Node) string {
	switch {
	case n == nil || n.Kind == 0:
		return "nothing"
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case isNull(n):
		return "null"
	case n.Kind == yaml.ScalarNode:
		switch n.Tag {
		case "!!bool":
			return "a boolean (" + n.Value + ")"
		case "!!int", "!!float":
			return "a number (" + n.Value + ")"
		}
		return fmt.Sprintf("the string %q", n.Value)
	}
	return "an unexpected YAML node"
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// didYouMean returns ` (did you mean "x"?)` for the closest candidate, or "".
func didYouMean(s string, candidates []string) string {
	if c := suggest.Closest(s, candidates); c != "" {
		return fmt.Sprintf(" (did you mean %q?)", c)
	}
	return ""
}

// Merged is the configuration of a run whose targets found several files.
type Merged struct {
	Files     []string                  // the files merged, in the order given, without repeats
	Rules     map[string]rules.Severity // the union of the files' rules
	Excludes  []string                  // every file's globs, relative to the working directory
	Resources []Resource                // the union of the files' resources
}

// Merge combines the configuration files found for the targets of one run
// (nil entries, targets with no file, are skipped; a file named twice counts
// once). Exclude globs are each anchored at their own file's directory, so
// their union is exact. Rules and resources apply to the whole run, so two
// files that set one rule to different severities, or declare one resource
// name differently, are an error naming both places.
func Merge(workDir string, cs ...*Config) (*Merged, error) {
	m := &Merged{Rules: map[string]rules.Severity{}}
	ruleFrom := map[string]*Config{}
	resFrom := map[string]*Config{}
	resIdx := map[string]int{}
	seen := map[string]bool{}
	for _, c := range cs {
		if c == nil {
			continue
		}
		key := c.Path
		if abs, err := filepath.Abs(c.Path); err == nil {
			key = abs
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		m.Files = append(m.Files, c.Path)
		ids := make([]string, 0, len(c.Rules))
		for id := range c.Rules {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			sev := c.Rules[id]
			if prev, ok := ruleFrom[id]; ok && prev.Rules[id] != sev {
				return nil, &Error{Path: c.Path, Line: c.ruleLine[id], Key: "rules." + id,
					Msg: fmt.Sprintf("rule %q is %s here but %s in %s; the config files of one run must agree",
						id, sev, prev.Rules[id], where(prev.Path, prev.ruleLine[id]))}
			}
			ruleFrom[id] = c
			m.Rules[id] = sev
		}
		for _, r := range c.Resources {
			if prev, ok := resFrom[r.Name]; ok {
				if !sameResource(m.Resources[resIdx[r.Name]], r) {
					return nil, &Error{Path: c.Path, Line: r.Line, Key: "resources",
						Msg: fmt.Sprintf("resource %q differs from the one declared in %s; the config files of one run must agree",
							r.Name, where(prev.Path, m.Resources[resIdx[r.Name]].Line))}
				}
				continue
			}
			resFrom[r.Name] = c
			resIdx[r.Name] = len(m.Resources)
			m.Resources = append(m.Resources, r)
		}
		m.Excludes = append(m.Excludes, c.ExcludesRelativeTo(workDir)...)
	}
	return m, nil
}

func where(path string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", path, line)
	}
	return path
}

func sameResource(a, b Resource) bool {
	if a.Name != b.Name || a.Lang != b.Lang || a.Acquire != b.Acquire || len(a.Release) != len(b.Release) {
		return false
	}
	for i := range a.Release {
		if a.Release[i] != b.Release[i] {
			return false
		}
	}
	return true
}
