package verify

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

var wantRe = regexp.MustCompile("(//|/\\*) want [\"`]")

// kindOfDir is the live kind each rule directory's positives must show.
var kindOfDir = map[string]string{
	"timer-not-cleared":     "timer",
	"listener-not-removed":  "listener",
	"client-not-untracked":  "entry",
	"resource-not-released": "resource",
}

func wantLines(src []byte) []int {
	var out []int
	for i, l := range strings.Split(string(src), "\n") {
		if wantRe.MatchString(l) {
			out = append(out, i+1)
		}
	}
	return out
}

func liveLines(r FileResult, kind string) map[int]bool {
	out := map[int]bool{}
	for _, s := range r.Scopes {
		for _, sc := range s.Scenarios {
			for _, l := range sc.Live {
				if kind == "" || l.Kind == kind {
					out[l.Line] = true
				}
			}
		}
	}
	return out
}

func reachedLines(r FileResult) map[int]bool {
	out := map[int]bool{}
	for _, s := range r.Scopes {
		for _, l := range s.Reached {
			out[l] = true
		}
	}
	return out
}

func ran(r FileResult) bool {
	for _, s := range r.Scopes {
		if len(s.Scenarios) > 0 {
			return true
		}
	}
	return false
}

func fileNote(r FileResult) string {
	if r.Note != "" {
		return r.Note
	}
	for _, s := range r.Scopes {
		if s.Note != "" {
			return s.Note
		}
	}
	return ""
}

// retainsByDesign marks a negative fixture whose retention of gone sockets'
// ids the rules judge intended, so the sandbox is expected to see it.
var retainsByDesign = []byte("verify: retains-by-design")

// TestRuleFixtures runs every JS fixture of the timer, listener, registry and
// resource rules through the sandbox: each want line of a positive that the
// sandbox executed is live in some scenario, and negatives leave nothing live.
func TestRuleFixtures(t *testing.T) {
	dirs := []string{"timer-not-cleared", "listener-not-removed", "client-not-untracked", "resource-not-released"}
	var confirmed, wants, unreached, unrunnable, negOK, negs int
	var why, other []string
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", "src", "js", d, "*"))
		sort.Strings(files)
		for _, path := range files {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			name := d + "/" + filepath.Base(path)
			r := File(path, src, Options{Clients: clientsForTest(), Budget: 10 * time.Second})
			pos := strings.HasPrefix(filepath.Base(path), "pos_")
			if !ran(r) {
				unrunnable++
				why = append(why, name+": "+fileNote(r))
				if pos {
					wants += len(wantLines(src))
				}
				continue
			}
			if !pos && bytes.Contains(src, retainsByDesign) {
				// The static rule judges this retention intended (a chat
				// history naming its authors); the sandbox, which sees
				// only what stays reachable, must still see it, or the
				// marker is stale.
				negs++
				if len(liveLines(r, "entry")) == 0 {
					t.Errorf("%s: marked %q but the sandbox saw nothing retained", name, retainsByDesign)
				} else {
					negOK++
				}
				for l := range liveLines(r, "") {
					if !liveLines(r, "entry")[l] {
						t.Errorf("%s:%d: negative fixture left something other than the intended entries live", name, l)
					}
				}
				continue
			}
			if !pos {
				negs++
				if live := liveLines(r, kindOfDir[d]); len(live) > 0 {
					t.Errorf("%s: negative fixture left a %s live: %+v", name, kindOfDir[d], r.Scopes)
				} else {
					negOK++
				}
				// A negative must leave nothing live at all, of any kind.
				for l := range liveLines(r, "") {
					other = append(other, name+":"+itoa(l))
					t.Errorf("%s:%d: negative fixture left something live", name, l)
				}
				continue
			}
			live := liveLines(r, kindOfDir[d])
			reached := reachedLines(r)
			for _, l := range wantLines(src) {
				wants++
				switch {
				case live[l]:
					confirmed++
				case reached[l]:
					t.Errorf("%s:%d: the sandbox ran the flagged line but nothing it created was live; scopes: %+v", name, l, r.Scopes)
				default:
					unreached++
					why = append(why, name+":"+itoa(l)+": not reached; handler errors: "+strings.Join(errorsOf(r), " | "))
				}
			}
		}
	}
	t.Logf("positives: %d of %d want lines confirmed, %d not reached; negatives: %d of %d clean; %d files the sandbox could not run", confirmed, wants, unreached, negOK, negs, unrunnable)
	for _, w := range why {
		t.Log("  " + w)
	}
	sort.Strings(other)
	for _, o := range other {
		t.Log("  negative with a live thing of another kind (a real leak outside the fixture's rule): " + o)
	}
}

func errorsOf(r FileResult) []string {
	var out []string
	for _, s := range r.Scopes {
		out = append(out, s.Errors...)
		if s.Note != "" {
			out = append(out, "note: "+s.Note)
		}
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }

// clientsForTest keeps the fixture run fast (4 clients); VERIFY_CLIENTS=20
// runs it with the default.
func clientsForTest() int {
	if n, err := strconv.Atoi(os.Getenv("VERIFY_CLIENTS")); err == nil && n > 0 {
		return n
	}
	return 4
}
