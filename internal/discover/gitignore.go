package discover

import (
	"bufio"
	"os"
	"path"
	"strings"
)

// ignoreRule is one line of a .gitignore file.
type ignoreRule struct {
	base     string // directory of the .gitignore, slash-separated, relative to the walk root ("" at the root)
	pattern  string
	negate   bool
	dirOnly  bool
	anchored bool // contains a slash before the end: matched against the path from base
}

// gitignore holds the rules in force for a directory: its own and its
// ancestors', in order, so that later rules (and deeper files) win.
type gitignore struct {
	rules []ignoreRule
}

// load reads dir/.gitignore (if any) and returns the rules for dir.
func (g *gitignore) load(absDir, relDir string) *gitignore {
	f, err := os.Open(absDir + "/.gitignore")
	if err != nil {
		return g
	}
	defer f.Close()
	out := &gitignore{rules: append([]ignoreRule(nil), g.rules...)}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := ignoreRule{base: relDir}
		if strings.HasPrefix(line, "!") {
			r.negate = true
			line = line[1:]
		}
		line = strings.TrimPrefix(line, `\`)
		if strings.HasSuffix(line, "/") {
			r.dirOnly = true
			line = strings.TrimSuffix(line, "/")
		}
		if strings.Contains(line, "/") {
			r.anchored = true
			line = strings.TrimPrefix(line, "/")
		}
		if line == "" {
			continue
		}
		r.pattern = line
		out.rules = append(out.rules, r)
	}
	return out
}

// ignored reports whether rel (slash-separated, relative to the walk root)
// is ignored. The last matching rule decides, as in git.
func (g *gitignore) ignored(rel string, isDir bool) bool {
	if g == nil {
		return false
	}
	ign := false
	for _, r := range g.rules {
		if r.dirOnly && !isDir {
			continue
		}
		p := rel
		if r.base != "" {
			if !strings.HasPrefix(rel, r.base+"/") {
				continue
			}
			p = rel[len(r.base)+1:]
		}
		var ok bool
		if r.anchored {
			ok = matchPath(r.pattern, p)
		} else {
			ok = matchPath(r.pattern, path.Base(p))
		}
		if ok {
			ign = !r.negate
		}
	}
	return ign
}

// matchPath matches a gitignore glob against a slash-separated path, with
// ** matching any number of directories.
func matchPath(pattern, name string) bool {
	if !strings.Contains(pattern, "**") {
		ok, _ := path.Match(pattern, name)
		return ok
	}
	return matchDoubleStar(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

func matchDoubleStar(pat, parts []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			if len(pat) == 1 {
				return true
			}
			for i := 0; i <= len(parts); i++ {
				if matchDoubleStar(pat[1:], parts[i:]) {
					return true
				}
			}
			return false
		}
		if len(parts) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], parts[0]); !ok {
			return false
		}
		pat, parts = pat[1:], parts[1:]
	}
	return len(parts) == 0
}

// MatchGlob matches an --exclude or config glob against a slash-separated
// path relative to the working directory. A pattern without a slash matches
// any path element (like .gitignore); one with a slash matches the whole
// path, with ** for any number of directories.
func MatchGlob(pattern, rel string) bool {
	pattern = strings.TrimPrefix(pattern, "./")
	if !strings.Contains(pattern, "/") {
		for _, part := range strings.Split(rel, "/") {
			if ok, _ := path.Match(pattern, part); ok {
				return true
			}
		}
		return false
	}
	if matchPath(strings.TrimSuffix(pattern, "/"), rel) {
		return true
	}
	// A directory pattern also excludes what is under it.
	return matchPath(strings.TrimSuffix(pattern, "/")+"/**", rel)
}

// ValidGlob reports whether a glob is well formed.
func ValidGlob(pattern string) error {
	for _, part := range strings.Split(pattern, "/") {
		if part == "**" {
			continue
		}
		if _, err := path.Match(part, ""); err != nil {
			return err
		}
	}
	return nil
}
