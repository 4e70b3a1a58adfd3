package sarif

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/disconnectlint/disconnectlint/docs"
	"github.com/disconnectlint/disconnectlint/rules"
)

// descriptor is the driver rule of a catalogue entry: the fields GitHub shows
// (name, descriptions, help from the rule's page, helpUri, default level) and
// the properties it filters on (tags, precision, problem.severity, and
// security-severity for the security rules).
func descriptor(r *rules.Rule) reportingDescriptor {
	d := reportingDescriptor{
		ID:               r.ID,
		Name:             truncate(PascalCase(r.ID), maxName),
		ShortDescription: &multiformatMessage{Text: truncate(capitalize(r.Title), maxDescription)},
		FullDescription:  &multiformatMessage{Text: truncate(r.Summary, maxDescription)},
		HelpURI:          r.DocURL(),
		DefaultConfiguration: &reportingConfiguration{
			Level: Level(string(r.Severity)),
		},
	}
	if !r.Default {
		off := false
		d.DefaultConfiguration.Enabled = &off
	}
	if page, err := docs.Page(r.ID); err == nil {
		md := strings.TrimSpace(string(page))
		d.Help = &multiformatMessage{Text: PlainText(md), Markdown: md}
	} else {
		// Every catalogue rule has a page (docs tests check it); GitHub still
		// requires help.text, so fall back to the summary and the link.
		d.Help = &multiformatMessage{Text: r.Summary + "\n\nSee " + r.DocURL()}
	}
	props := map[string]any{
		"problem.severity": problemSeverity(r.Severity),
	}
	if len(r.Tags) > 0 {
		tags := r.Tags
		if len(tags) > maxTags {
			tags = tags[:maxTags]
		}
		props["tags"] = append([]string(nil), tags...)
	}
	if r.Precision != "" {
		props["precision"] = r.Precision
	}
	if r.IsSecurity() && r.SecuritySeverity != "" {
		props["security-severity"] = r.SecuritySeverity
	}
	d.Properties = props
	return d
}

func unknownDescriptor(id string) reportingDescriptor {
	text := "Rule " + id + " is not in the disconnectlint catalogue of this version."
	return reportingDescriptor{
		ID:                   id,
		Name:                 truncate(PascalCase(id), maxName),
		ShortDescription:     &multiformatMessage{Text: truncate(id, maxDescription)},
		FullDescription:      &multiformatMessage{Text: truncate(text, maxDescription)},
		Help:                 &multiformatMessage{Text: text},
		DefaultConfiguration: &reportingConfiguration{Level: "warning"},
	}
}

func problemSeverity(s rules.Severity) string {
	if s == rules.Error {
		return "error"
	}
	return "warning"
}

// PascalCase turns a kebab-case rule ID into the Pascal-case friendly name
// SARIF recommends for reportingDescriptor.name: timer-not-cleared →
// TimerNotCleared.
func PascalCase(id string) string {
	var sb strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' }) {
		sb.WriteString(capitalize(part))
	}
	return sb.String()
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// truncate shortens s to at most n bytes on a character boundary, ending it
// with an ellipsis when it had to cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	const ell = "…"
	cut := n - len(ell)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + ell
}

var (
	mdLink   = regexp.MustCompile(`\[([^\]]*)\]\(([^)\s]+)\)`)
	mdStrong = regexp.MustCompile(`\*\*([^*]+)\*\*`)
)

// PlainText renders a rule page's Markdown as plain text for help.text:
// headings lose their '#', fenced code is indented four spaces, emphasis
// and code marks are dropped and links become "text (url)".
func PlainText(md string) string {
	var out []string
	inFence := false
	for _, line := range strings.Split(md, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") {
			inFence = !inFence
			continue
		}
		if inFence {
			out = append(out, "    "+line)
			continue
		}
		if strings.HasPrefix(trimmed, "#") {
			line = strings.TrimSpace(strings.TrimLeft(trimmed, "#"))
		}
		line = mdLink.ReplaceAllString(line, "$1 ($2)")
		line = mdStrong.ReplaceAllString(line, "$1")
		line = strings.ReplaceAll(line, "`", "")
		out = append(out, line)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
