package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/internal/testroot"
	"github.com/disconnectlint/disconnectlint/jsparse"
	"github.com/disconnectlint/disconnectlint/jsrules/jstest"
)

// TestProjects runs the CLI (every default rule, project analysis) over each
// multi-file fixture project in testdata/src/js/projects and matches the
// findings against the `// want` comments of every file of the project.
func TestProjects(t *testing.T) {
	root := filepath.Join(testroot.Testdata(t), "js", "projects")
	ents, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		n++
		dir := filepath.Join(root, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			_, out, errs := runIn(t, dir, "--format", "json", "--tests", ".")
			got := findingsOf(t, out)
			if errs != "" {
				t.Logf("stderr: %s", errs)
			}
			type want struct {
				line  int
				re    string
				used  bool
				path  string
				match func(string) bool
			}
			var wants []*want
			filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				if _, ok := jsparse.LangOf(p); !ok {
					return nil
				}
				src, _ := os.ReadFile(p)
				ws, err := jstest.Expectations(src)
				if err != nil {
					t.Errorf("%s: %v", p, err)
				}
				rel, _ := filepath.Rel(dir, p)
				for _, w := range ws {
					w := w
					wants = append(wants, &want{line: w.Line(), re: w.Raw(), path: filepath.ToSlash(rel), match: w.Match})
				}
				return nil
			})
			sort.Slice(got, func(i, j int) bool {
				return got[i].Path+string(rune(got[i].Line)) < got[j].Path+string(rune(got[j].Line))
			})
			for _, f := range got {
				ok := false
				for _, w := range wants {
					if !w.used && w.path == f.Path && w.line == f.Line && w.match(f.Message) {
						w.used, ok = true, true
						break
					}
				}
				if !ok {
					t.Errorf("%s:%d: Noisy: %s (%s)", f.Path, f.Line, f.Message, f.Rule)
				}
			}
			for _, w := range wants {
				if !w.used {
					t.Errorf("%s:%d: Missing: no finding matching %q", w.path, w.line, w.re)
				}
			}
		})
	}
	if n < 8 {
		t.Errorf("%d fixture projects, want at least 8", n)
	}
	_ = strings.TrimSpace
}
