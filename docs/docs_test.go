package docs_test

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/docs"
	"github.com/disconnectlint/disconnectlint/rules"
)

// sections are the Ruff-style headings every page has, in this order.
// "Use instead:" is a plain line inside the Example section.
var sections = []string{
	"## What it does",
	"## Why is this bad?",
	"## Example",
	"Use instead:",
	"## Options",
	"## Known problems",
	"## References",
}

func TestEveryRuleHasAPage(t *testing.T) {
	for _, r := range rules.All() {
		t.Run(r.ID, func(t *testing.T) {
			b, err := docs.Page(r.ID)
			if err != nil {
				t.Fatalf("Page(%q): %v; add %s", r.ID, err, r.DocPath())
			}
			checkPage(t, r, string(b))
		})
	}
}

func checkPage(t *testing.T, r *rules.Rule, page string) {
	t.Helper()
	lines := strings.Split(page, "\n")

	title := lines[0]
	if !strings.HasPrefix(title, "# "+r.ID) {
		t.Errorf("title line %q does not start with %q", title, "# "+r.ID)
	}
	if !strings.Contains(title, r.Title) {
		t.Errorf("title line %q does not carry the catalogue title %q", title, r.Title)
	}

	// Headings: exactly the sections, in order, outside code blocks.
	var h2 []string
	useInstead := -1
	inFence := false
	for i, l := range lines {
		if strings.HasPrefix(l, "```") {
			if !inFence && l == "```" {
				t.Errorf("line %d: code block without a language", i+1)
			}
			inFence = !inFence
			continue
		}
		if inFence {
			continue
		}
		if strings.HasPrefix(l, "## ") {
			h2 = append(h2, l)
		}
		if l == "Use instead:" && useInstead < 0 {
			useInstead = len(h2)
		}
	}
	if inFence {
		t.Errorf("unterminated code block")
	}
	want := slices.DeleteFunc(slices.Clone(sections), func(s string) bool { return !strings.HasPrefix(s, "## ") })
	if !slices.Equal(h2, want) {
		t.Errorf("level-2 headings are\n\t%q\nwant\n\t%q", h2, want)
	} else if useInstead != slices.Index(want, "## Example")+1 {
		t.Errorf(`no "Use instead:" line in the Example section`)
	}

	// Metadata header, checked against the catalogue so the two cannot drift.
	meta := metadata(lines)
	checkMeta(t, meta, "Default severity", "`"+string(r.Severity)+"`")
	checkMeta(t, meta, "Enabled by default", map[bool]string{true: "yes", false: "no"}[r.Default])
	checkMeta(t, meta, "Since", "v0.1.0")
	var langs []string
	if r.Has(rules.JS) {
		langs = append(langs, "JavaScript", "TypeScript")
	}
	if r.Has(rules.Go) {
		langs = append(langs, "Go")
	}
	checkMeta(t, meta, "Languages", strings.Join(langs, ", "))

	status := meta["Status"]
	switch {
	case len(r.Implemented) == 0:
		if status != "not yet implemented" {
			t.Errorf("Status is %q; the rule is implemented by no engine, want %q", status, "not yet implemented")
		}
	case len(r.Implemented) == len(r.Langs):
		if status != "implemented" {
			t.Errorf("Status is %q, want %q", status, "implemented")
		}
	default:
		for _, l := range r.Langs {
			if !r.IsImplemented(l) && !strings.Contains(status, "not yet implemented for "+langName(l)) {
				t.Errorf("Status %q does not say that %s is not yet implemented", status, langName(l))
			}
		}
	}

	sec, hasSec := meta["Security"]
	if r.IsSecurity() != hasSec {
		t.Errorf("Security line present = %v, catalogue security tag = %v", hasSec, r.IsSecurity())
	}
	if hasSec && !strings.Contains(sec, r.SecuritySeverity) {
		t.Errorf("Security line %q does not give security-severity %s", sec, r.SecuritySeverity)
	}

	// One example per language the rule covers.
	if r.Has(rules.JS) != (strings.Contains(page, "```js\n") || strings.Contains(page, "```ts\n")) {
		t.Errorf("JS/TS example present does not match the rule's languages %v", r.Langs)
	}
	if r.Has(rules.Go) != strings.Contains(page, "```go\n") {
		t.Errorf("Go example present does not match the rule's languages %v", r.Langs)
	}

	// Options name the config key for the rule.
	opts := section(page, "## Options")
	if !strings.Contains(opts, r.ID+":") {
		t.Errorf("Options section does not show how to set %s in .disconnectlint.yml", r.ID)
	}

	refs := section(page, "## References")
	if !strings.Contains(refs, "https://") {
		t.Errorf("References section has no link")
	}
	for _, local := range []string{"/work/", "socketio-semantics", "spec.md"} {
		if strings.Contains(page, local) {
			t.Errorf("page mentions a local file (%q); describe the fact in prose instead", local)
		}
	}
}

// metadata reads the "- **Key:** value" lines between the title and the first section.
func metadata(lines []string) map[string]string {
	m := map[string]string{}
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "## ") {
			break
		}
		rest, ok := strings.CutPrefix(l, "- **")
		if !ok {
			continue
		}
		key, val, ok := strings.Cut(rest, ":**")
		if ok {
			m[key] = strings.TrimSpace(val)
		}
	}
	return m
}

func checkMeta(t *testing.T, meta map[string]string, key, want string) {
	t.Helper()
	if got, ok := meta[key]; !ok {
		t.Errorf("metadata has no %q line", key)
	} else if got != want {
		t.Errorf("metadata %s is %q, want %q", key, got, want)
	}
}

// section returns the text from heading up to the next level-2 heading.
func section(page, heading string) string {
	_, after, ok := strings.Cut(page, "\n"+heading+"\n")
	if !ok {
		return ""
	}
	if i := strings.Index(after, "\n## "); i >= 0 {
		return after[:i]
	}
	return after
}

func langName(l rules.Lang) string {
	if l == rules.Go {
		return "Go"
	}
	return "JavaScript"
}

func TestNoPageWithoutRule(t *testing.T) {
	for _, id := range docs.IDs() {
		if _, ok := rules.Lookup(id); !ok {
			t.Errorf("rules/%s.md documents a rule that is not in the catalogue", id)
		}
	}
	if got, want := len(docs.IDs()), len(rules.All()); got != want {
		t.Errorf("%d pages for %d rules", got, want)
	}
}

func TestUnknownID(t *testing.T) {
	for _, id := range []string{"no-such-rule", "", "../docs", "rules/timer-not-cleared", "Timer-Not-Cleared", "timer-not-cleared.md", "-x"} {
		if _, err := docs.Page(id); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Page(%q) error = %v, want one wrapping fs.ErrNotExist", id, err)
		}
	}
}

// TestIndex checks that docs/README.md lists and links every rule.
func TestIndex(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	index := string(b)
	for _, r := range rules.All() {
		if !strings.Contains(index, "](rules/"+r.ID+".md)") {
			t.Errorf("README.md does not link rules/%s.md", r.ID)
		}
	}
}
