package dev.portdoc.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.validation.LintConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration of a docs tree: what {@code portdoc.yaml} at the docs root says, and the root
 * its {@code ignore} globs are relative to.
 *
 * <pre>
 * rules:
 *   spelling: off            # or error, warning, info
 *   unknown-header: warning
 * words: [Palette, kubeadm]  # accepted by the spelling and typo checks
 * ignore:                    # globs relative to this file's folder
 *   - "drafts/**"
 * </pre>
 *
 * @param config the lint settings
 * @param root the folder holding the file, or the current folder when there is none
 * @param file the file read, if any
 */
public record DocsConfig(LintConfig config, Path root, Optional<Path> file) {

  /** The file name looked for at the docs root. */
  public static final String FILE_NAME = "portdoc.yaml";

  /** Made when a file is read: a run without {@code portdoc.yaml} need not start Jackson. */
  private static final class Yaml {
    static final YAMLFactory FACTORY = new YAMLFactory();
  }

  /** No file: defaults, nothing ignored. */
  public static DocsConfig none() {
    return new DocsConfig(LintConfig.DEFAULTS, Path.of("."), Optional.empty());
  }

  /**
   * The configuration for a run over {@code paths}: {@code explicit} when given, else {@code
   * portdoc.yaml} in the first path (a folder) or beside it (a page), else none.
   *
   * @param knownRules rule ids the file may name
   */
  public static DocsConfig find(
      Optional<Path> explicit, List<String> paths, Set<String> knownRules) {
    if (explicit.isPresent()) {
      if (!Files.isRegularFile(explicit.get())) {
        throw new ConfigException(explicit.get() + ": no such configuration file", null);
      }
      return load(explicit.get(), knownRules);
    }
    if (paths.isEmpty()) {
      return none();
    }
    Path first = Path.of(paths.get(0));
    Path folder = Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
    Path candidate = folder == null ? null : folder.resolve(FILE_NAME);
    return candidate != null && Files.isRegularFile(candidate)
        ? load(candidate, knownRules)
        : none();
  }

  /** Reads {@code file}; any problem is a {@link ConfigException} naming the file and line. */
  public static DocsConfig load(Path file, Set<String> knownRules) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser parser = Yaml.FACTORY.createParser(reader)) {
      return new Reading(file, parser, knownRules).run();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ConfigException(file + ":" + problemLine(e) + ": malformed YAML: " + reason(e), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static final java.util.regex.Pattern MARK =
      java.util.regex.Pattern.compile("line (\\d+), column \\d+");

  /** SnakeYAML names the problem's place last in its message; that line is the one to fix. */
  private static int problemLine(com.fasterxml.jackson.core.JsonProcessingException e) {
    java.util.regex.Matcher m = MARK.matcher(String.valueOf(e.getOriginalMessage()));
    int line = 0;
    while (m.find()) {
      line = Integer.parseInt(m.group(1));
    }
    if (line == 0 && e.getLocation() != null) {
      line = e.getLocation().getLineNr();
    }
    return Math.max(line, 1);
  }

  /** The message's text lines, without SnakeYAML's source excerpts and marks. */
  private static String reason(com.fasterxml.jackson.core.JsonProcessingException e) {
    return String.valueOf(e.getOriginalMessage())
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("in '") && !l.equals("^"))
        .filter(l -> !l.matches(".*line \\d+, column \\d+.*") || l.startsWith("found"))
        .limit(2)
        .reduce((a, b) -> a + "; " + b)
        .orElse("cannot be parsed");
  }

  /** True when {@code page} matches one of the {@code ignore} globs, relative to the root. */
  public boolean isIgnored(Path page) {
    if (config.ignore().isEmpty()) {
      return false;
    }
    Path relative;
    try {
      relative = root.toAbsolutePath().normalize().relativize(page.toAbsolutePath().normalize());
    } catch (IllegalArgumentException e) {
      return false;
    }
    for (String glob : config.ignore()) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      if (matcher.matches(relative)) {
        return true;
      }
    }
    return false;
  }

  /** One pass over the token stream, so every complaint can name its line. */
  private static final class Reading {
    private final Path file;
    private final JsonParser parser;
    private final Set<String> knownRules;
    private final Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
    private final Set<String> words = new LinkedHashSet<>();
    private final List<String> ignore = new ArrayList<>();

    Reading(Path file, JsonParser parser, Set<String> knownRules) {
      this.file = file;
      this.parser = parser;
      this.knownRules = knownRules;
    }

    DocsConfig run() throws IOException {
      JsonToken token = parser.nextToken();
      if (token != null && token != JsonToken.VALUE_NULL) {
        if (token != JsonToken.START_OBJECT) {
          throw fail("expected keys rules, words and ignore at the top");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          switch (key) {
            case "rules" -> readRules();
            case "words" -> readList("words", words);
            case "ignore" -> readList("ignore", ignore);
            default -> throw fail("unknown key '" + key + "' (expected rules, words or ignore)");
          }
        }
      }
      Path root = file.toAbsolutePath().getParent();
      return new DocsConfig(new LintConfig(rules, words, ignore), root, Optional.of(file));
    }

    private void readRules() throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw fail("'rules' must map rule ids to error, warning, info or off");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String id = parser.currentName();
        if (!knownRules.contains(id)) {
          throw fail("unknown rule '" + id + "'");
        }
        JsonToken value = parser.nextToken();
        if (!value.isScalarValue()) {
          throw fail("rule '" + id + "' must be error, warning, info or off");
        }
        String text = value == JsonToken.VALUE_FALSE ? "off" : parser.getValueAsString("");
        String level = text.strip().toLowerCase(Locale.ROOT);
        if (level.equals("off")) {
          rules.put(id, Optional.empty());
        } else {
          Optional<Severity> severity =
              value.isScalarValue() ? Severity.fromId(level) : Optional.empty();
          if (severity.isEmpty()) {
            throw fail("rule '" + id + "': '" + text + "' is not error, warning, info or off");
          }
          rules.put(id, severity);
        }
      }
    }

    private <C extends java.util.Collection<String>> void readList(String key, C into)
        throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw fail("'" + key + "' must be a list");
      }
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (!token.isScalarValue()) {
          throw fail("'" + key + "' entries must be plain text");
        }
        into.add(parser.getValueAsString());
      }
    }

    private ConfigException fail(String reason) {
      int line = parser.currentTokenLocation().getLineNr();
      return new ConfigException(file + ":" + Math.max(line, 1) + ": " + reason, null);
    }
  }
}
