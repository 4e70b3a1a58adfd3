package verify

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/disconnectlint/disconnectlint/jsparse"
	"github.com/disconnectlint/disconnectlint/jsrules"
)

// TestCorpus runs the static rules and verify over the JS servers of a
// corpus directory and logs, per file, how long verify took and how many
// findings it confirmed. It runs only when DISCONNECTLINT_VERIFY_CORPUS names
// the directory.
func TestCorpus(t *testing.T) {
	root := os.Getenv("DISCONNECTLINT_VERIFY_CORPUS")
	if root == "" {
		t.Skip("set DISCONNECTLINT_VERIFY_CORPUS to a corpus directory")
	}
	var files []string
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			switch d.Name() {
			case "node_modules", ".git", "dist", "build", "vendor", "coverage":
				return filepath.SkipDir
			}
			return nil
		}
		if _, ok := jsparse.LangOf(p); ok && !strings.HasSuffix(p, ".min.js") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	on := func(string) bool { return true }
	var checked, confirmed, scopes, ranScopes int
	reasons := map[string]int{}
	var total time.Duration
	nfiles := 0
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil || len(src) > 1<<20 {
			continue
		}
		r := File(p, src, Options{})
		if r.Note == "no connection scope" {
			continue
		}
		nfiles++
		total += r.Duration
		fs := jsrules.CheckSource(p, src, on)
		vs := Annotate(fs, r)
		fc, fk := 0, 0
		for _, v := range vs {
			if _, ok := kindsFor[fs[v.Index].Rule]; !ok {
				continue
			}
			fk++
			if v.Confirmed {
				fc++
			} else {
				reason := v.Note
				if i := strings.Index(reason, ":"); i > 0 && strings.HasPrefix(reason, "not reached: 5") {
					reason = "not reached: no scenario executed the line"
				}
				reasons[shorten(reason)]++
			}
		}
		for _, s := range r.Scopes {
			scopes++
			if len(s.Scenarios) > 0 {
				ranScopes++
			}
		}
		checked += fk
		confirmed += fc
		flagged := map[int]bool{}
		for _, f := range fs {
			flagged[f.Line] = true
		}
		extra := map[string]bool{}
		for _, sc := range r.Scopes {
			for _, run := range sc.Scenarios {
				for _, l := range run.Live {
					if !flagged[l.Line] {
						extra[fmt.Sprintf("%s@%d %s", l.Kind, l.Line, l.What)] = true
					}
				}
			}
		}
		var ex []string
		for e := range extra {
			ex = append(ex, e)
		}
		sort.Strings(ex)
		rel, _ := filepath.Rel(root, p)
		if len(ex) > 0 {
			t.Logf("%s: live with no static finding on its line: %s", rel, strings.Join(ex, "; "))
		}
		t.Logf("%-90s %8v scopes=%d findings(checked)=%d confirmed=%d %s", rel, r.Duration.Round(time.Millisecond), len(r.Scopes), fk, fc, firstNote(r))
	}
	t.Logf("%d files with connection scopes, %d scopes (%d ran), verify total %v; %d checked findings, %d confirmed", nfiles, scopes, ranScopes, total.Round(time.Millisecond), checked, confirmed)
	for k, n := range reasons {
		t.Logf("  not confirmed x%d: %s", n, k)
	}
}

func shorten(s string) string {
	if len(s) > 160 {
		return s[:160] + "..."
	}
	return s
}

func firstNote(r FileResult) string {
	if r.Note != "" {
		return "note: " + shorten(r.Note)
	}
	for _, s := range r.Scopes {
		if s.Note != "" {
			return "note: " + shorten(s.Note)
		}
	}
	return ""
}
