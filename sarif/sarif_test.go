package sarif_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/disconnectlint/disconnectlint/docs"
	"github.com/disconnectlint/disconnectlint/report"
	"github.com/disconnectlint/disconnectlint/rules"
	"github.com/disconnectlint/disconnectlint/sarif"
)

const schemaInPackage = "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"

// repoRoot is the module root: the tests run in sarif/.
func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// schemaPath finds the official SARIF 2.1.0 schema as shipped by the npm
// package @microsoft/jest-sarif: $SARIF_SCHEMA (the schema file itself or an
// npm install dir holding the package), else the copy that
// scripts/fetch-sarif-tools.sh installs under .cache/sarif.
func schemaPath(t testing.TB) string {
	t.Helper()
	var candidates []string
	if env := os.Getenv("SARIF_SCHEMA"); env != "" {
		candidates = append(candidates, env, filepath.Join(env, schemaInPackage),
			filepath.Join(env, "lib/schemas/sarif-2.1.0-rtm.5.json"))
	}
	candidates = append(candidates, filepath.Join(repoRoot(t), ".cache/sarif", schemaInPackage))
	for _, c := range candidates {
		if st, err := os.Stat(c); err == nil && !st.IsDir() {
			return c
		}
	}
	t.Skipf("SARIF 2.1.0 schema not installed (looked at %s): run scripts/fetch-sarif-tools.sh, or set SARIF_SCHEMA to the schema file or an npm dir with @microsoft/jest-sarif@1.0.0-beta.0",
		strings.Join(candidates, ", "))
	return ""
}

func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	path := schemaPath(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // uri and uri-reference formats are checked too
	const url = "file:///sarif-2.1.0-rtm.5.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compile %s: %v", path, err)
	}
	return s
}

func validate(t testing.TB, s *jsonschema.Schema, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if err := s.Validate(inst); err != nil {
		t.Fatalf("output does not validate against the SARIF 2.1.0 schema:\n%v", err)
	}
}

func write(t testing.TB, r *report.Report, opt sarif.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := sarif.Write(&buf, r, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// decoded is the part of the log the tests look at.
type decoded struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name, Version, SemanticVersion, InformationURI string
				Rules                                          []struct {
					ID, Name, HelpURI    string
					ShortDescription     struct{ Text string }
					FullDescription      struct{ Text string }
					Help                 struct{ Text, Markdown string }
					DefaultConfiguration struct {
						Level   string
						Enabled *bool
					}
					Properties map[string]any
				}
			}
		}
		Invocations []struct {
			ExecutionSuccessful        bool
			ToolExecutionNotifications []struct {
				Level   string
				Message struct{ Text string }
			}
		}
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		ColumnKind         string
		Results            []struct {
			RuleID    string
			RuleIndex *int
			Level     string
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI, URIBaseID string } `json:"artifactLocation"`
					Region           struct{ StartLine, StartColumn, EndLine, EndColumn int }
				}
			}
			RelatedLocations []struct {
				ID               int
				Message          struct{ Text string }
				PhysicalLocation struct {
					ArtifactLocation struct{ URI, URIBaseID string } `json:"artifactLocation"`
					Region           struct{ StartLine, StartColumn int }
				}
			}
			PartialFingerprints map[string]string
		}
		Properties map[string]any
	}
}

func decode(t testing.TB, out []byte) decoded {
	t.Helper()
	var d decoded
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Runs) != 1 {
		t.Fatalf("want one run, got %d", len(d.Runs))
	}
	return d
}

// TestSchema validates the sample, an empty report and a capped report
// against the official schema.
func TestSchema(t *testing.T) {
	s := compileSchema(t)
	root, r := sampleRepo(t)
	validate(t, s, write(t, r, sarif.Options{SrcRoot: root, ToolVersion: "v0.1.0", Category: "disconnectlint"}))
	validate(t, s, write(t, r, sarif.Options{}))
	validate(t, s, write(t, r, sarif.Options{SrcRoot: root, MaxResults: 2}))
	validate(t, s, write(t, &report.Report{Tool: report.Tool{Name: "disconnectlint", Version: "(devel)"}}, sarif.Options{}))
}

// TestSchemaRejects makes sure the validation is real: a broken level fails.
func TestSchemaRejects(t *testing.T) {
	s := compileSchema(t)
	_, r := sampleRepo(t)
	out := write(t, r, sarif.Options{})
	bad := bytes.Replace(out, []byte(`"level": "warning"`), []byte(`"level": "high"`), 1)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(inst); err == nil {
		t.Fatal(`schema accepted "level": "high"`)
	}
}

func TestDriverRules(t *testing.T) {
	root, r := sampleRepo(t)
	d := decode(t, write(t, r, sarif.Options{SrcRoot: root, ToolVersion: "v0.2.0"}))
	if d.Schema != sarif.SchemaURI || d.Version != "2.1.0" {
		t.Errorf("$schema %q version %q", d.Schema, d.Version)
	}
	drv := d.Runs[0].Tool.Driver
	if drv.Name != "disconnectlint" || drv.Version != "0.2.0" || drv.SemanticVersion != "0.2.0" || drv.InformationURI != rules.RepoURL {
		t.Errorf("driver = %q %q %q %q", drv.Name, drv.Version, drv.SemanticVersion, drv.InformationURI)
	}
	all := rules.All()
	if len(drv.Rules) != len(all) {
		t.Fatalf("driver has %d rules, catalogue %d", len(drv.Rules), len(all))
	}
	for i, rule := range all {
		got := drv.Rules[i]
		if got.ID != rule.ID {
			t.Errorf("rules[%d].id = %q, want %q (catalogue order keeps ruleIndex stable)", i, got.ID, rule.ID)
			continue
		}
		if got.Name == "" || strings.ContainsAny(got.Name, "- ") || len(got.Name) > 255 {
			t.Errorf("%s: name %q is not a Pascal-case friendly name", rule.ID, got.Name)
		}
		if got.ShortDescription.Text == "" || len(got.ShortDescription.Text) > 1024 ||
			!strings.EqualFold(got.ShortDescription.Text, rule.Title) {
			t.Errorf("%s: shortDescription %q", rule.ID, got.ShortDescription.Text)
		}
		if got.FullDescription.Text != rule.Summary || len(got.FullDescription.Text) > 1024 {
			t.Errorf("%s: fullDescription %q", rule.ID, got.FullDescription.Text)
		}
		page, err := docs.Page(rule.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Help.Markdown != strings.TrimSpace(string(page)) {
			t.Errorf("%s: help.markdown is not the rule page", rule.ID)
		}
		if got.Help.Text == "" || strings.Contains(got.Help.Text, "```") || strings.HasPrefix(got.Help.Text, "#") {
			t.Errorf("%s: help.text is not plain text: %.80q", rule.ID, got.Help.Text)
		}
		if got.HelpURI != rule.DocURL() {
			t.Errorf("%s: helpUri %q", rule.ID, got.HelpURI)
		}
		if got.DefaultConfiguration.Level != string(rule.Severity) {
			t.Errorf("%s: level %q, want %q", rule.ID, got.DefaultConfiguration.Level, rule.Severity)
		}
		if off := got.DefaultConfiguration.Enabled != nil && !*got.DefaultConfiguration.Enabled; off == rule.Default {
			t.Errorf("%s: enabled=%v for Default=%v", rule.ID, !off, rule.Default)
		}
		p := got.Properties
		if p["precision"] != rule.Precision {
			t.Errorf("%s: precision %v", rule.ID, p["precision"])
		}
		if p["problem.severity"] != string(rule.Severity) {
			t.Errorf("%s: problem.severity %v", rule.ID, p["problem.severity"])
		}
		sec, has := p["security-severity"]
		if rule.IsSecurity() != has || (has && sec != rule.SecuritySeverity) {
			t.Errorf("%s: security-severity %v (security rule: %v)", rule.ID, sec, rule.IsSecurity())
		}
		if rule.IsSecurity() {
			if tags, _ := p["tags"].([]any); len(tags) == 0 || tags[0] != "security" {
				t.Errorf("%s: tags %v", rule.ID, p["tags"])
			}
		}
	}
	// The security rule of the sample has a score GitHub reads as a string.
	idx := map[string]int{}
	for i, rule := range drv.Rules {
		idx[rule.ID] = i
	}
	if s, ok := drv.Rules[idx["untrusted-cleanup-key"]].Properties["security-severity"].(string); !ok || s != "6.5" {
		t.Errorf("untrusted-cleanup-key security-severity = %#v, want \"6.5\"", drv.Rules[idx["untrusted-cleanup-key"]].Properties["security-severity"])
	}
}

var lineHash = regexp.MustCompile(`^[0-9a-f]{16}:[1-9][0-9]*$`)

func TestResults(t *testing.T) {
	root, r := sampleRepo(t)
	d := decode(t, write(t, r, sarif.Options{SrcRoot: root}))
	run := d.Runs[0]
	if len(run.Results) != len(r.Findings) {
		t.Fatalf("%d results for %d findings", len(run.Results), len(r.Findings))
	}
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	base := run.OriginalURIBaseIDs["%SRCROOT%"].URI
	if !strings.HasPrefix(base, "file:///") || !strings.HasSuffix(base, "/") || !strings.Contains(base, filepath.Base(root)) {
		t.Errorf("originalUriBaseIds[%%SRCROOT%%] = %q for %s", base, root)
	}
	langs := map[string]bool{}
	seenHash := map[string]bool{}
	for i, res := range run.Results {
		f := r.Findings[i]
		if res.RuleID != f.Rule || res.RuleIndex == nil || run.Tool.Driver.Rules[*res.RuleIndex].ID != f.Rule {
			t.Errorf("result %d: ruleId %q ruleIndex %v for %s", i, res.RuleID, res.RuleIndex, f.Rule)
		}
		if res.Level != f.Severity {
			t.Errorf("result %d: level %q for severity %q", i, res.Level, f.Severity)
		}
		if len(res.Locations) != 1 {
			t.Fatalf("result %d: %d locations", i, len(res.Locations))
		}
		pl := res.Locations[0].PhysicalLocation
		if pl.ArtifactLocation.URIBaseID != "%SRCROOT%" || strings.HasPrefix(pl.ArtifactLocation.URI, "/") {
			t.Errorf("result %d: artifactLocation %+v", i, pl.ArtifactLocation)
		}
		if pl.Region.StartLine != f.Line || pl.Region.StartColumn < 1 {
			t.Errorf("result %d: region %+v for %d:%d", i, pl.Region, f.Line, f.Column)
		}
		if f.EndLine > 0 && pl.Region.EndLine != f.EndLine {
			t.Errorf("result %d: endLine %d, want %d", i, pl.Region.EndLine, f.EndLine)
		}
		langs[filepath.Ext(f.Path)] = true
		// Related locations are linked from the message by id.
		if len(res.RelatedLocations) != len(f.Related) {
			t.Errorf("result %d: %d related locations, want %d", i, len(res.RelatedLocations), len(f.Related))
		}
		for j, rel := range res.RelatedLocations {
			if rel.ID != j+1 {
				t.Errorf("result %d: related %d has id %d", i, j, rel.ID)
			}
			if link := fmt.Sprintf("](%d)", rel.ID); !strings.Contains(res.Message.Text, link) {
				t.Errorf("result %d: message %q does not link related location %d", i, res.Message.Text, rel.ID)
			}
			if rel.PhysicalLocation.Region.StartLine != f.Related[j].Line || rel.PhysicalLocation.ArtifactLocation.URIBaseID != "%SRCROOT%" {
				t.Errorf("result %d: related %d = %+v", i, j, rel.PhysicalLocation)
			}
			if rel.Message.Text != f.Related[j].Message {
				t.Errorf("result %d: related message %q", i, rel.Message.Text)
			}
		}
		if !strings.HasPrefix(res.Message.Text, strings.NewReplacer("[", `\[`, "]", `\]`).Replace(f.Message)) {
			t.Errorf("result %d: message %q does not start with the finding's message", i, res.Message.Text)
		}
		h := res.PartialFingerprints["primaryLocationLineHash"]
		if !lineHash.MatchString(h) || !strings.HasPrefix(f.Fingerprint, h[:16]) || seenHash[h] {
			t.Errorf("result %d: primaryLocationLineHash %q for fingerprint %q", i, h, f.Fingerprint)
		}
		seenHash[h] = true
	}
	if !langs[".js"] || !langs[".go"] || !langs[".ts"] {
		t.Errorf("want JS, TS and Go results in one run, got %v", langs)
	}
	// Errors are error notifications; the run says it was not complete.
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful {
		t.Error("executionSuccessful with errors in the report")
	}
	var notes []string
	for _, n := range inv.ToolExecutionNotifications {
		if n.Level == "error" {
			notes = append(notes, n.Message.Text)
		}
	}
	if len(notes) != 2 || !strings.HasPrefix(notes[0], "internal/broken: go package does not type-check") {
		t.Errorf("error notifications %q", notes)
	}
}

// TestMessageEscaping: brackets in a finding's own text must not read as
// links; the related-location links do.
func TestMessageEscaping(t *testing.T) {
	r := &report.Report{Findings: []report.Finding{{
		Rule: "goroutine-not-stopped", Severity: "error", Path: "a.go", Line: 1, Column: 1,
		Message: `loops over x[0] with \[ and \x`,
		Related: []report.Related{{Path: "a.go", Line: 2, Column: 1, Message: "handler [b]"}},
	}}}
	d := decode(t, write(t, r, sarif.Options{}))
	got := d.Runs[0].Results[0].Message.Text
	want := `loops over x\[0\] with \\\[ and \x. See [handler \[b\]](1).`
	if got != want {
		t.Errorf("message\n got %s\nwant %s", got, want)
	}
}

// TestColumns: report columns are UTF-8 bytes; SARIF's are UTF-16 units.
func TestColumns(t *testing.T) {
	root, r := sampleRepo(t)
	const ts = "src/i18n/grüße.ts"
	var f report.Finding
	for _, x := range r.Findings {
		if x.Path == ts {
			f = x
		}
	}
	line := lineOf(t, ts, 2)
	u16 := func(byteCol int) int { return len(utf16.Encode([]rune(line[:byteCol-1]))) + 1 }
	wantStart, wantEnd := u16(f.Column), u16(f.EndColumn)
	if wantStart == f.Column {
		t.Fatal("sample line is ASCII before the finding; the test checks nothing")
	}
	for _, opt := range []sarif.Options{
		{SrcRoot: root}, // lines read from the files
		{Lines: func(path string, n int) string { return lineOf(t, path, n) }},
	} {
		d := decode(t, write(t, r, opt))
		for _, res := range d.Runs[0].Results {
			pl := res.Locations[0].PhysicalLocation
			if pl.ArtifactLocation.URI != "src/i18n/gr%C3%BC%C3%9Fe.ts" {
				continue
			}
			if pl.Region.StartColumn != wantStart || pl.Region.EndColumn != wantEnd {
				t.Errorf("columns %d-%d, want %d-%d (bytes %d-%d)", pl.Region.StartColumn, pl.Region.EndColumn, wantStart, wantEnd, f.Column, f.EndColumn)
			}
		}
	}
	// Without sources, byte columns are kept.
	d := decode(t, write(t, r, sarif.Options{}))
	for _, res := range d.Runs[0].Results {
		if pl := res.Locations[0].PhysicalLocation; strings.HasPrefix(pl.ArtifactLocation.URI, "src/i18n/") && pl.Region.StartColumn != f.Column {
			t.Errorf("without sources start column %d, want byte column %d", pl.Region.StartColumn, f.Column)
		}
	}
	for _, c := range []struct {
		line      string
		col, want int
	}{
		{"abc", 1, 1}, {"abc", 3, 3}, {"abc", 4, 4}, {"abc", 6, 6},
		{"é=1", 3, 2}, {"👋x", 5, 3}, {"👋x", 6, 4}, {"\xffx", 2, 2},
	} {
		if got := sarif.UTF16Column(c.line, c.col); got != c.want {
			t.Errorf("UTF16Column(%q, %d) = %d, want %d", c.line, c.col, got, c.want)
		}
	}
}

func notificationsOf(d decoded, level string) []string {
	var out []string
	for _, n := range d.Runs[0].Invocations[0].ToolExecutionNotifications {
		if n.Level == level {
			out = append(out, n.Message.Text)
		}
	}
	return out
}

// TestCapResults: over the result limit, the most severe findings are kept
// (in report order) and the run says how many were left out.
func TestCapResults(t *testing.T) {
	_, r := sampleRepo(t)
	d := decode(t, write(t, r, sarif.Options{MaxResults: 5}))
	run := d.Runs[0]
	if len(run.Results) != 5 {
		t.Fatalf("%d results, want 5", len(run.Results))
	}
	for _, res := range run.Results {
		if res.Level != "error" {
			t.Errorf("kept a %s result while dropping errors? %s", res.Level, res.RuleID)
		}
	}
	if run.Properties["resultsTruncated"] != true || run.Properties["resultsTotal"] != float64(len(r.Findings)) || run.Properties["resultsWritten"] != float64(5) {
		t.Errorf("run properties %v", run.Properties)
	}
	if w := notificationsOf(d, "warning"); len(w) != 1 || !strings.Contains(w[0], "5 of 6 findings") {
		t.Errorf("warning notifications %q", w)
	}
	// Not capped: no such property or notification.
	d = decode(t, write(t, r, sarif.Options{}))
	if d.Runs[0].Properties != nil || len(notificationsOf(d, "warning")) != 0 {
		t.Errorf("uncapped run has %v %q", d.Runs[0].Properties, notificationsOf(d, "warning"))
	}
	if sarif.MaxResults != 25000 || sarif.MaxGzipBytes != 10_000_000 {
		t.Errorf("limits %d %d are not GitHub's", sarif.MaxResults, sarif.MaxGzipBytes)
	}
}

// TestCapSize: a log over the compressed-size limit is cut down to fit.
func TestCapSize(t *testing.T) {
	r := &report.Report{Tool: report.Tool{Name: "disconnectlint", Version: "v0.1.0"}}
	for i := range 4000 {
		r.Findings = append(r.Findings, report.Finding{
			Rule: "timer-not-cleared", Severity: "error", Path: fmt.Sprintf("src/gen/f%04d.js", i), Line: i%500 + 1, Column: 3,
			Message:     fmt.Sprintf("setInterval %x started for this socket is never cleared on disconnect", i*7919),
			Fingerprint: fmt.Sprintf("%032x", uint64(i)*0x9e3779b97f4a7c15),
		})
	}
	const limit = 64 << 10
	out := write(t, r, sarif.Options{MaxGzipBytes: limit})
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write(out)
	zw.Close()
	if zb.Len() > limit {
		t.Fatalf("gzip size %d over the %d limit", zb.Len(), limit)
	}
	d := decode(t, out)
	n := len(d.Runs[0].Results)
	if n == 0 || n >= len(r.Findings) || d.Runs[0].Properties["resultsTruncated"] != true {
		t.Fatalf("%d results of %d, properties %v", n, len(r.Findings), d.Runs[0].Properties)
	}
	if n < len(r.Findings)/20 {
		t.Errorf("kept only %d results; the cut is far below the limit", n)
	}
	t.Logf("%d of %d results in %d gzip bytes (limit %d)", n, len(r.Findings), zb.Len(), limit)
}

func TestEmptyReport(t *testing.T) {
	out := write(t, &report.Report{Tool: report.Tool{Name: "disconnectlint", Version: "(devel)"}}, sarif.Options{})
	if !bytes.Contains(out, []byte(`"results": []`)) {
		t.Errorf("empty report has no results array:\n%s", out)
	}
	d := decode(t, out)
	if d.Runs[0].Tool.Driver.SemanticVersion != "" || !d.Runs[0].Invocations[0].ExecutionSuccessful {
		t.Errorf("driver %+v invocations %+v", d.Runs[0].Tool.Driver.SemanticVersion, d.Runs[0].Invocations)
	}
}

func TestDeterministic(t *testing.T) {
	root, r := sampleRepo(t)
	a := write(t, r, sarif.Options{SrcRoot: root})
	b := write(t, r, sarif.Options{SrcRoot: root})
	if !bytes.Equal(a, b) {
		t.Error("two writes of one report differ")
	}
}

// TestURIs: repository-relative paths become %SRCROOT%-relative URI
// references, percent-encoded where a URI needs it; absolute paths become
// file:// URIs. All of them pass the schema's uri-reference format.
func TestURIs(t *testing.T) {
	cases := map[string]string{
		"src/server.js":          "src/server.js",
		"./src/a b#c?.js":        "src/a%20b%23c%3F.js",
		"src/100%/x:y.ts":        "src/100%25/x%3Ay.ts",
		"src/grüße.ts":           "src/gr%C3%BC%C3%9Fe.ts",
		"/abs/path/hub.go":       "file:///abs/path/hub.go",
		"../sibling/other.go":    "../sibling/other.go",
		"internal/chat/[id].tsx": "internal/chat/%5Bid%5D.tsx",
	}
	r := &report.Report{}
	for p := range cases {
		r.Findings = append(r.Findings, report.Finding{Rule: "timer-not-cleared", Severity: "error", Path: p, Line: 1, Column: 1, Message: "m"})
	}
	r.Findings = report.Sort(r.Findings)
	out := write(t, r, sarif.Options{SrcRoot: "/work/my repo"})
	d := decode(t, out)
	for i, res := range d.Runs[0].Results {
		al := res.Locations[0].PhysicalLocation.ArtifactLocation
		p := r.Findings[i].Path
		if al.URI != cases[p] {
			t.Errorf("%q: uri %q, want %q", p, al.URI, cases[p])
		}
		if abs := strings.HasPrefix(p, "/"); abs == (al.URIBaseID == "%SRCROOT%") {
			t.Errorf("%q: uriBaseId %q", p, al.URIBaseID)
		}
	}
	if got := d.Runs[0].OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///work/my%20repo/" {
		t.Errorf("%%SRCROOT%% = %q", got)
	}
	validate(t, compileSchema(t), out)
}

// TestSchemaExternal validates a SARIF log written by a real run, such as
// the corpus check of the release notes:
//
//	disconnectlint --format sarif --output /tmp/x.sarif <server>
//	DISCONNECTLINT_SARIF_FILE=/tmp/x.sarif go test ./sarif -run TestSchemaExternal
func TestSchemaExternal(t *testing.T) {
	path := os.Getenv("DISCONNECTLINT_SARIF_FILE")
	if path == "" {
		t.Skip("set DISCONNECTLINT_SARIF_FILE to a SARIF log to validate")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	validate(t, compileSchema(t), data)
}
