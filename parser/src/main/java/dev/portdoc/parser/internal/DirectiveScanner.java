package dev.portdoc.parser.internal;

import dev.portdoc.model.doc.Suppression;
import dev.portdoc.model.source.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code portdoc-disable...} directives in a page, in HTML comments ({@code <!-- ... -->}) or
 * MDX comments ({@code {/* ... *}{@code /}}), by a line scan that skips fenced code blocks. A line
 * scan, not the syntax tree, because a comment next to a table row is not a node of the table.
 */
public final class DirectiveScanner {

  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "(?:<!--|\\{/\\*)\\s*portdoc-(disable-next-line|disable-line|disable|enable)"
              + "\\b([^*>]*?)\\s*(?:-->|\\*/})");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern IDS = Pattern.compile("[\\s,]+");

  private DirectiveScanner() {}

  /** The suppressions {@code content} declares, in source order. */
  public static List<Suppression> scan(String path, String content) {
    if (!content.contains("portdoc-")) {
      return List.of(); // most pages have no directive: no line scan for them
    }
    String[] lines = content.split("\\r\\n|\\r|\\n", -1);
    List<Suppression> found = new ArrayList<>();
    List<Open> open = new ArrayList<>();
    String fence = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher fenceMatch = FENCE.matcher(line);
      if (fenceMatch.find()) {
        String marker = fenceMatch.group(1);
        if (fence == null) {
          fence = marker;
        } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
          fence = null;
        }
        continue;
      }
      if (fence != null) {
        continue;
      }
      Matcher m = DIRECTIVE.matcher(line);
      while (m.find()) {
        int lineNo = i + 1;
        SourceLocation at = new SourceLocation(path, lineNo, m.start() + 1);
        Set<String> ids = ids(m.group(2));
        switch (m.group(1)) {
          case "disable-line" -> found.add(new Suppression(ids, lineNo, lineNo, at));
          case "disable-next-line" -> {
            int next = nextNonBlank(lines, i + 1);
            if (next > 0) {
              found.add(new Suppression(ids, next, next, at));
            }
          }
          case "disable" -> open.add(new Open(ids, lineNo, at));
          default -> {
            for (var it = open.iterator(); it.hasNext(); ) {
              Open region = it.next();
              if (ids.isEmpty() || region.ids().isEmpty() || intersects(ids, region.ids())) {
                found.add(new Suppression(region.ids(), region.line(), lineNo, region.at()));
                it.remove();
              }
            }
          }
        }
      }
    }
    for (Open region : open) {
      found.add(new Suppression(region.ids(), region.line(), Integer.MAX_VALUE, region.at()));
    }
    found.sort(
        (a, b) ->
            a.location().compareTo(b.location()) != 0
                ? a.location().compareTo(b.location())
                : Integer.compare(a.fromLine(), b.fromLine()));
    return found;
  }

  private record Open(Set<String> ids, int line, SourceLocation at) {}

  /** Rule ids separated by commas or spaces; a colon starts a free-text reason. */
  private static Set<String> ids(String text) {
    int reason = text.indexOf(':');
    String list = reason >= 0 ? text.substring(0, reason) : text;
    Set<String> ids = new LinkedHashSet<>();
    Arrays.stream(IDS.split(list.strip())).filter(s -> !s.isEmpty()).forEach(ids::add);
    return ids;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  /** 1-based number of the first non-blank line from index {@code from}, or 0 when none. */
  private static int nextNonBlank(String[] lines, int from) {
    for (int i = from; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return i + 1;
      }
    }
    return 0;
  }
}
