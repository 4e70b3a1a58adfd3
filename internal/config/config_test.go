package config_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/disconnectlint/disconnectlint/internal/config"
	"github.com/disconnectlint/disconnectlint/internal/discover"
	"github.com/disconnectlint/disconnectlint/rules"
)

// specExample is the example of spec section 5, verbatim.
const specExample = `rules:
  timer-not-cleared: error        # error | warning | off
  disconnect-not-logged: warning
exclude: ["scripts/**", "**/*.spec.ts"]
resources:                        # user-declared acquire/release pairs
  - name: pooled-redis
    lang: js
    acquire: "redisPool.acquire"  # callee path
    release: ["release", "redisPool.release"]   # method on the result, or a call taking it
  - name: lease
    lang: go
    acquire: "(*example.com/lease.Manager).Acquire"
    release: ["(*example.com/lease.Lease).Release"]
`

func TestSpecExample(t *testing.T) {
	c, err := config.Parse(".disconnectlint.yml", []byte(specExample))
	if err != nil {
		t.Fatal(err)
	}
	if c.Path != ".disconnectlint.yml" {
		t.Errorf("Path = %q", c.Path)
	}
	wantRules := map[string]rules.Severity{
		"timer-not-cleared":     rules.Error,
		"disconnect-not-logged": rules.Warning,
	}
	if !reflect.DeepEqual(c.Rules, wantRules) {
		t.Errorf("Rules = %v, want %v", c.Rules, wantRules)
	}
	if want := []string{"scripts/**", "**/*.spec.ts"}; !reflect.DeepEqual(c.Exclude, want) {
		t.Errorf("Exclude = %q, want %q", c.Exclude, want)
	}
	wantRes := []config.Resource{
		{Name: "pooled-redis", Lang: "js", Acquire: "redisPool.acquire", Release: []string{"release", "redisPool.release"}, Line: 6},
		{Name: "lease", Lang: "go", Acquire: "(*example.com/lease.Manager).Acquire", Release: []string{"(*example.com/lease.Lease).Release"}, Line: 10},
	}
	if !reflect.DeepEqual(c.Resources, wantRes) {
		t.Errorf("Resources = %+v\nwant %+v", c.Resources, wantRes)
	}
}

func TestGoodConfigs(t *testing.T) {
	for name, src := range map[string]string{
		"empty":         "",
		"comments only": "# nothing yet\n\n",
		"null document": "~\n",
		"null sections": "rules:\nexclude:\nresources:\n",
		"off and case":  "rules:\n  timer-not-cleared: OFF\n  parse-error: Warning\n",
		"go func and value receiver": `resources:
  - name: f
    lang: go
    acquire: example.com/lease.Open
    release: ["(example.com/lease.Handle).Close", "gopkg.in/yaml.v3.Release", "os.Remove"]
`,
		"js bare acquire": `resources:
  - {name: l, lang: js, acquire: acquireLease, release: [releaseLease, this.pool.free, $.x]}
`,
		"number glob": "exclude: [2024, true]\n",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := config.Parse("c.yml", []byte(src)); err != nil {
				t.Fatal(err)
			}
		})
	}
	c, err := config.Parse("c.yml", []byte("rules:\n  timer-not-cleared: OFF\n  parse-error: Warning\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Rules["timer-not-cleared"] != rules.Off || c.Rules["parse-error"] != rules.Warning {
		t.Errorf("rules = %v", c.Rules)
	}
}

func TestAlias(t *testing.T) {
	src := "rules:\n  timer-not-cleared: &w warning\n  listener-not-removed: *w\n"
	c, err := config.Parse("c.yml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.Rules["listener-not-removed"] != rules.Warning {
		t.Errorf("alias not followed: %v", c.Rules)
	}
}

func TestBadConfigs(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"unknown rule", "rules:\n  timer-not-cleared: error\n\n  timer-not-clear: warning\n",
			`.disconnectlint.yml:4: unknown rule "timer-not-clear" under rules (did you mean "timer-not-cleared"?)`},
		{"unknown rule no suggestion", "rules:\n  frobnicate: error\n",
			`.disconnectlint.yml:2: unknown rule "frobnicate" under rules`},
		{"unknown top key", "rules: {}\nexcludes: [a]\n",
			`.disconnectlint.yml:2: unknown key "excludes" (did you mean "exclude"?) (want rules, exclude or resources)`},
		{"rule at top level", "timer-not-cleared: off\n",
			`.disconnectlint.yml:1: unknown key "timer-not-cleared": rule severities go under rules: (rules: {timer-not-cleared: error})`},
		{"duplicate top key", "exclude: [a]\nexclude: [b]\n",
			`.disconnectlint.yml:2: duplicate key "exclude" (first at line 1)`},
		{"rules is a list", "rules:\n  - timer-not-cleared\n",
			`.disconnectlint.yml:2: rules must be a mapping of rule id to error, warning or off, not a list`},
		{"bad severity", "rules:\n  timer-not-cleared: fatal\n",
			`.disconnectlint.yml:2: unknown severity "fatal" for rule "timer-not-cleared" (want error, warning or off)`},
		{"boolean severity", "rules:\n  timer-not-cleared: false\n",
			`.disconnectlint.yml:2: unknown severity "false" for rule "timer-not-cleared" (want error, warning or off)`},
		{"missing severity", "rules:\n  timer-not-cleared:\n",
			`.disconnectlint.yml:2: severity of rule "timer-not-cleared" must be error, warning or off, not null`},
		{"severity list", "rules:\n  timer-not-cleared: [error]\n",
			`.disconnectlint.yml:2: severity of rule "timer-not-cleared" must be error, warning or off, not a list`},
		{"rule twice", "rules:\n  timer-not-cleared: error\n  timer-not-cleared: off\n",
			`.disconnectlint.yml:3: rule "timer-not-cleared" is set twice under rules (first at line 2)`},
		{"exclude string", "exclude: scripts/**\n",
			`.disconnectlint.yml:1: exclude must be a list of globs (exclude: ["scripts/**"]), not the string "scripts/**"`},
		{"exclude map", "exclude:\n  scripts: true\n",
			`.disconnectlint.yml:2: exclude must be a list of globs (exclude: ["scripts/**"]), not a mapping`},
		{"malformed glob", "exclude:\n  - ok/**\n  - \"src/[a-\"\n",
			`.disconnectlint.yml:3: malformed exclude glob "src/[a-": syntax error in pattern`},
		{"glob going up", "exclude:\n  - ../shared/**\n",
			`.disconnectlint.yml:2: exclude glob "../shared/**" reaches outside the directory of the config file; globs are relative to it`},
		{"empty glob", "exclude: [\"\"]\n",
			`.disconnectlint.yml:1: exclude entry 1 is an empty glob`},
		{"nested glob list", "exclude:\n  - a\n  - [b, c]\n",
			`.disconnectlint.yml:3: exclude entry 2 must be a glob string, not a list`},
		{"resources map", "resources:\n  lease: x\n",
			`.disconnectlint.yml:2: resources must be a list of {name, lang, acquire, release} entries, not a mapping`},
		{"resource string", "resources:\n  - lease\n",
			`.disconnectlint.yml:2: resource 1 must be a mapping with name, lang, acquire and release, not the string "lease"`},
		{"resource unknown field", "resources:\n  - name: a\n    lang: js\n    acquire: a.b\n    releases: [x]\n",
			`.disconnectlint.yml:5: unknown resource field "releases" (did you mean "release"?) (want name, lang, acquire and release)`},
		{"resource missing name", "resources:\n  - lang: js\n    acquire: a.b\n    release: [x]\n",
			`.disconnectlint.yml:2: resource has no name`},
		{"resource missing acquire", "resources:\n  - name: lease\n    lang: js\n    release: [x]\n",
			`.disconnectlint.yml:2: resource "lease" has no acquire`},
		{"resource missing release", "resources:\n  - name: lease\n    lang: js\n    acquire: a.b\n",
			`.disconnectlint.yml:2: resource "lease" has no release`},
		{"resource missing lang", "resources:\n  - name: lease\n    acquire: a.b\n    release: [x]\n",
			`.disconnectlint.yml:2: resource "lease" has no lang`},
		{"resource bad lang", "resources:\n  - name: lease\n    lang: ts\n    acquire: a.b\n    release: [x]\n",
			`.disconnectlint.yml:3: resource "lease": unknown lang "ts" (want js or go)`},
		{"resource release string", "resources:\n  - name: lease\n    lang: js\n    acquire: a.b\n    release: close\n",
			`.disconnectlint.yml:5: resource "lease": release must be a list (release: ["close"]), not the string "close"`},
		{"resource release empty", "resources:\n  - name: lease\n    lang: js\n    acquire: a.b\n    release: []\n",
			`.disconnectlint.yml:5: resource "lease": release lists nothing`},
		{"resource field twice", "resources:\n  - name: lease\n    name: other\n",
			`.disconnectlint.yml:3: resource field "name" is set twice (first at line 2)`},
		{"js acquire with parens", "resources:\n  - name: p\n    lang: js\n    acquire: \"redisPool.acquire()\"\n    release: [release]\n",
			`.disconnectlint.yml:4: resource "p": acquire "redisPool.acquire()" is not a callee path (want a name or dotted path such as "redisPool.acquire" or "acquireLease", without parentheses)`},
		{"js acquire trailing dot", "resources:\n  - name: p\n    lang: js\n    acquire: redisPool.\n    release: [release]\n",
			`.disconnectlint.yml:4: resource "p": acquire "redisPool." is not a callee path (want a name or dotted path such as "redisPool.acquire" or "acquireLease", without parentheses)`},
		{"js bad release", "resources:\n  - name: p\n    lang: js\n    acquire: redisPool.acquire\n    release:\n      - release\n      - \"pool release\"\n",
			`.disconnectlint.yml:7: resource "p": release "pool release" is not a method name or callee path (want "release" or "redisPool.release", without parentheses)`},
		{"go acquire short", "resources:\n  - name: l\n    lang: go\n    acquire: \"(*Manager).Acquire\"\n    release: [\"(*example.com/lease.Lease).Release\"]\n",
			`.disconnectlint.yml:4: resource "l": acquire "(*Manager).Acquire" is not a full Go function or method name (want a full Go name such as "(*example.com/lease.Manager).Acquire" or "example.com/lease.Open")`},
		{"go acquire bare func", "resources:\n  - name: l\n    lang: go\n    acquire: Open\n    release: [\"(*example.com/lease.Lease).Release\"]\n",
			`.disconnectlint.yml:4: resource "l": acquire "Open" is not a full Go function or method name (want a full Go name such as "(*example.com/lease.Manager).Acquire" or "example.com/lease.Open")`},
		{"go release js style", "resources:\n  - name: l\n    lang: go\n    acquire: example.com/lease.Open\n    release: [Release]\n",
			`.disconnectlint.yml:5: resource "l": release "Release" is not a full Go function or method name (want a full Go name such as "(*example.com/lease.Manager).Acquire" or "example.com/lease.Open")`},
		{"go unbalanced", "resources:\n  - name: l\n    lang: go\n    acquire: \"(*example.com/lease.Manager.Acquire\"\n    release: [example.com/lease.Close]\n",
			`.disconnectlint.yml:4: resource "l": acquire "(*example.com/lease.Manager.Acquire" is not a full Go function or method name (want a full Go name such as "(*example.com/lease.Manager).Acquire" or "example.com/lease.Open")`},
		{"duplicate resource", "resources:\n  - {name: l, lang: js, acquire: a, release: [b]}\n  - {name: l, lang: go, acquire: x.Y, release: [x.Z]}\n",
			`.disconnectlint.yml:3: duplicate resource name "l" (first declared at line 2)`},
		{"not a mapping", "- rules\n",
			`.disconnectlint.yml:1: the config must be a mapping with keys rules, exclude and resources, not a list`},
		{"invalid yaml", "rules:\n  timer-not-cleared: error\n   listener-not-removed: off\n",
			`.disconnectlint.yml:3: invalid YAML: mapping values are not allowed in this context`},
		{"tab indent", "rules:\n\ttimer-not-cleared: error\n",
			`.disconnectlint.yml:2: invalid YAML: found character that cannot start any token`},
		{"two documents", "rules: {}\n---\nexclude: []\n",
			`.disconnectlint.yml:2: more than one YAML document; a config file holds one`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := config.Parse(".disconnectlint.yml", []byte(tc.src))
			if err == nil {
				t.Fatalf("no error; config %+v", c)
			}
			if err.Error() != tc.want {
				t.Errorf("got  %s\nwant %s", err, tc.want)
			}
			var ce *config.Error
			if !errors.As(err, &ce) || ce.Path != ".disconnectlint.yml" || ce.Line == 0 {
				t.Errorf("error %#v is not a *config.Error with path and line", err)
			}
		})
	}
}

func TestErrorKey(t *testing.T) {
	_, err := config.Parse("c.yml", []byte("resources:\n  - name: l\n    lang: go\n    acquire: nope\n    release: [x.Y]\n"))
	var ce *config.Error
	if !errors.As(err, &ce) || ce.Key != "resources[0].acquire" || ce.Line != 4 {
		t.Errorf("got %#v", err)
	}
	_, err = config.Parse("c.yml", []byte("rules:\n  timer-not-clear: off\n"))
	if !errors.As(err, &ce) || ce.Key != "rules.timer-not-clear" {
		t.Errorf("got %#v", err)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, ".disconnectlint.yml")
	if err := os.WriteFile(p, []byte(specExample), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := config.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if c.Path != p || len(c.Resources) != 2 {
		t.Errorf("got %+v", c)
	}
	missing := filepath.Join(dir, "nope.yml")
	_, err = config.Load(missing)
	if err == nil || err.Error() != missing+": cannot read config file: no such file or directory" {
		t.Errorf("got %v", err)
	}
	_, err = config.Load(dir)
	if err == nil || !strings.HasPrefix(err.Error(), dir+": cannot read config file: ") {
		t.Errorf("got %v", err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p string) {
		if err := os.WriteFile(p, []byte(""), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Nothing between deep and root: whatever Find returns must be above
	// root (a stray file on the test machine), never inside it.
	if p, ok := config.Find(deep); ok && strings.HasPrefix(p, root) {
		t.Fatalf("found %s in an empty tree", p)
	}

	yml := filepath.Join(root, "a", ".disconnectlint.yml")
	write(yml)
	if p, ok := config.Find(deep); !ok || p != yml {
		t.Errorf("Find(deep) = %q, %v; want %q", p, ok, yml)
	}
	// A file target starts at its directory.
	file := filepath.Join(deep, "server.js")
	write(file)
	if p, ok := config.Find(file); !ok || p != yml {
		t.Errorf("Find(file) = %q, %v; want %q", p, ok, yml)
	}
	// A nearer .yaml wins over a farther .yml.
	yaml := filepath.Join(root, "a", "b", ".disconnectlint.yaml")
	write(yaml)
	if p, ok := config.Find(deep); !ok || p != yaml {
		t.Errorf("Find(deep) = %q, %v; want %q", p, ok, yaml)
	}
	// In one directory .yml wins over .yaml.
	yml2 := filepath.Join(root, "a", "b", ".disconnectlint.yml")
	write(yml2)
	if p, ok := config.Find(deep); !ok || p != yml2 {
		t.Errorf("Find(deep) = %q, %v; want %q", p, ok, yml2)
	}
	// A directory named like the config is not a config.
	if err := os.Mkdir(filepath.Join(deep, ".disconnectlint.yml"), 0o755); err != nil {
		t.Fatal(err)
	}
	if p, ok := config.Find(deep); !ok || p != yml2 {
		t.Errorf("Find(deep) = %q, %v; want %q", p, ok, yml2)
	}
	// A relative directory works from the current directory.
	t.Chdir(deep)
	if p, ok := config.Find("."); !ok || p != yml2 {
		t.Errorf("Find(.) = %q, %v; want %q", p, ok, yml2)
	}
}

func TestExcludesRelativeTo(t *testing.T) {
	root := t.TempDir()
	cfg := func(dir string, globs ...string) *config.Config {
		return &config.Config{Path: filepath.Join(root, dir, ".disconnectlint.yml"), Exclude: globs}
	}
	globs := []string{"scripts/**", "**/*.spec.ts", "fixtures", "/gen", "./tmp/x.js", "pkg/server/legacy/**"}
	for _, tc := range []struct {
		name, cfgDir, wd string
		want             []string
	}{
		{"same dir", "", "", []string{"scripts/**", "**/*.spec.ts", "fixtures", "gen/", "tmp/x.js", "pkg/server/legacy/**"}},
		{"config below wd", "pkg/server", "", []string{"pkg/server/scripts/**", "pkg/server/**/*.spec.ts", "pkg/server/**/fixtures", "pkg/server/gen", "pkg/server/tmp/x.js", "pkg/server/pkg/server/legacy/**"}},
		{"config above wd", "", "pkg/server", []string{
			"**/*.spec.ts", "fixtures", "legacy/**",
			root + "/scripts/**", root + "/**/*.spec.ts", root + "/**/fixtures", root + "/gen", root + "/tmp/x.js", root + "/pkg/server/legacy/**"}},
		{"sibling", "a", "b", []string{root + "/a/scripts/**", root + "/a/**/*.spec.ts", root + "/a/**/fixtures", root + "/a/gen", root + "/a/tmp/x.js", root + "/a/pkg/server/legacy/**"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := cfg(tc.cfgDir, globs...).ExcludesRelativeTo(filepath.Join(root, tc.wd))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}

	// Behaviour, through the matcher discovery uses.
	match := func(globs []string, rel string) bool {
		for _, g := range globs {
			if discover.MatchGlob(g, rel) {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		cfgDir, wd string
		globs      []string
		rel        string // relative to wd
		want       bool
	}{
		{"pkg", "", []string{"*.spec.ts"}, "pkg/a/x.spec.ts", true},
		{"pkg", "", []string{"*.spec.ts"}, "other/x.spec.ts", false},
		{"pkg", "", []string{"scripts/**"}, "pkg/scripts/run.js", true},
		{"pkg", "", []string{"scripts/**"}, "scripts/run.js", false},
		{"pkg", "", []string{"scripts"}, "pkg/x/scripts/run.js", true}, // element glob: any depth
		{"", "pkg", []string{"pkg/scripts/**"}, "scripts/run.js", true},
		{"", "pkg", []string{"pkg/scripts/**"}, "src/run.js", false},
		{"", "pkg", []string{"pkg/scripts"}, "scripts/run.js", true},    // anchored: a directory
		{"", "pkg", []string{"pkg/scripts"}, "a/scripts/run.js", false}, // anchored, not any element
		{"", "pkg", []string{"pkg"}, "src/run.js", true},                // element on the way down
		{"", "pkg/a", []string{"pkg/**"}, "src/run.js", true},
		{"", "pkg/a", []string{"**/a/src/*.js"}, "src/run.js", true},
		{"", "pkg/a", []string{"**/a/src/*.js"}, "lib/run.js", false},
		{"", "pkg/a", []string{"p*/a/src/*.js"}, "src/run.js", true},
		{"", "pkg/a", []string{"other/**"}, "other/run.js", false},
	} {
		got := match(cfg(tc.cfgDir, tc.globs...).ExcludesRelativeTo(filepath.Join(root, tc.wd)), tc.rel)
		if got != tc.want {
			t.Errorf("config in %q, wd %q, %q matching %q = %v, want %v (globs %q)", tc.cfgDir, tc.wd, tc.globs, tc.rel, got, tc.want,
				cfg(tc.cfgDir, tc.globs...).ExcludesRelativeTo(filepath.Join(root, tc.wd)))
		}
	}
	if got := cfg("").ExcludesRelativeTo(root); got != nil {
		t.Errorf("no globs: got %q", got)
	}
}

func TestMerge(t *testing.T) {
	root := t.TempDir()
	parse := func(dir, src string) *config.Config {
		t.Helper()
		c, err := config.Parse(filepath.Join(root, dir, ".disconnectlint.yml"), []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	a := parse("a", "rules:\n  timer-not-cleared: warning\nexclude: [gen]\nresources:\n  - {name: l, lang: js, acquire: a.b, release: [c]}\n")
	b := parse("b", "rules:\n  timer-not-cleared: warning\n  parse-error: off\nexclude: [\"x/**\"]\nresources:\n  - {name: l, lang: js, acquire: a.b, release: [c]}\n")
	m, err := config.Merge(root, a, nil, b, a)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Files) != 2 || len(m.Resources) != 1 || len(m.Rules) != 2 || m.Rules["parse-error"] != rules.Off {
		t.Errorf("got %+v", m)
	}
	if want := []string{"a/**/gen", "b/x/**"}; !reflect.DeepEqual(m.Excludes, want) {
		t.Errorf("Excludes = %q, want %q", m.Excludes, want)
	}

	c := parse("c", "exclude: []\n\nrules:\n  timer-not-cleared: error\n")
	_, err = config.Merge(root, a, c)
	want := filepath.Join(root, "c", ".disconnectlint.yml") + `:4: rule "timer-not-cleared" is error here but warning in ` +
		filepath.Join(root, "a", ".disconnectlint.yml") + ":2; the config files of one run must agree"
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}

	d := parse("d", "resources:\n  - {name: x, lang: js, acquire: x, release: [y]}\n  - {name: l, lang: js, acquire: a.b, release: [d]}\n")
	_, err = config.Merge(root, a, d)
	want = filepath.Join(root, "d", ".disconnectlint.yml") + `:3: resource "l" differs from the one declared in ` +
		filepath.Join(root, "a", ".disconnectlint.yml") + ":5; the config files of one run must agree"
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}
