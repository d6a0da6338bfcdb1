package dev.portdoc.site.yaml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a spec as UTF-8 YAML directly, in the layout {@link YamlSpecWriter}'s Jackson set-up gives
 * (block style, sequences indented with their indicator, quotes only where needed), because going
 * through Jackson and SnakeYAML's emitter cost about as much as linting. Strings that are plainly
 * safe are copied as they are (they are ASCII, so their characters are their bytes); any other
 * string is rendered by {@code jackson}, one scalar at a time, so that the quoting rules stay
 * Jackson's and SnakeYAML's. A scalar that needs more than one line (a literal block) cannot be
 * placed that way: {@link MultiLine} says to write the whole spec through Jackson instead.
 */
final class SpecYamlEmitter {

  /** A string whose YAML takes several lines; the caller falls back to Jackson for the spec. */
  static final class MultiLine extends RuntimeException {
    MultiLine() {
      super(null, null, false, false);
    }
  }

  /** Words YAML 1.1 reads as booleans or null (in any case, to be safe). */
  private static final Set<String> RESERVED =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

  /** The indentation of a rule's fields, below {@code " - "}. */
  private static final int RULE = 12;

  // the lines every spec and every rule has, encoded once
  private static final byte[] HEAD =
      encoded(
          "apiVersion: " + YamlSpecWriter.API_VERSION + "\nkind: " + YamlSpecWriter.KIND + "\n");
  private static final byte[] SOURCE = encoded("source:\n");
  private static final byte[] DEPLOYMENTS = encoded("deployments:\n");
  private static final byte[] NO_DEPLOYMENTS = encoded("deployments: []\n");
  private static final byte[] DEPLOYMENT = encoded("  - name: ");
  private static final byte[] COMPONENTS = encoded("    components:\n");
  private static final byte[] NO_COMPONENTS = encoded("    components: []\n");
  private static final byte[] COMPONENT = encoded("      - name: ");
  private static final byte[] RULES = encoded("        rules:\n");
  private static final byte[] NO_RULES = encoded("        rules: []\n");
  private static final byte[] RULE_ID = encoded("          - id: ");
  private static final byte[] SERVICE = key(RULE, "service");
  private static final byte[] TRANSPORT = key(RULE, "transport");
  private static final byte[] PORT = key(RULE, "port");
  private static final byte[] END_PORT = key(RULE, "endPort");
  private static final byte[] DIRECTION = key(RULE, "direction");
  private static final byte[] PURPOSE = key(RULE, "purpose");
  private static final byte[] PEER_SOURCE = key(RULE, "source");
  private static final byte[] DESTINATION = key(RULE, "destination");
  private static final byte[] DEPRECATED = key(RULE, "deprecated");
  private static final byte[] OPTIONAL = key(RULE, "optional");
  private static final byte[] LOCATION = encoded(" ".repeat(RULE) + "location:\n");
  private static final byte[] FILE = key(RULE + 2, "file");
  private static final byte[] LINE = key(RULE + 2, "line");
  private static final byte[] TRUE = encoded("true\n");
  private static final byte[] FALSE = encoded("false\n");

  private final Function<String, byte[]> jackson;
  private byte[] out;
  private int size;

  /**
   * {@code jackson} gives the single-line YAML of a string scalar as Jackson would write it, as
   * UTF-8 (a line break in it means the string needs a literal block).
   */
  SpecYamlEmitter(Function<String, byte[]> jackson) {
    this.jackson = jackson;
  }

  /** The spec's YAML as UTF-8: the bytes of Jackson's text. */
  byte[] write(PortSpec spec) {
    out = new byte[4096];
    size = 0;
    bytes(HEAD);
    bytes(SOURCE);
    entry(2, "path", spec.source().path());
    if (spec.source().title().isPresent()) {
      entry(2, "title", spec.source().title().get());
    }
    strings(0, "variants", spec.variants());
    bytes(spec.deployments().isEmpty() ? NO_DEPLOYMENTS : DEPLOYMENTS);
    for (PortSpec.Deployment deployment : spec.deployments()) {
      bytes(DEPLOYMENT);
      line(deployment.name());
      bytes(deployment.components().isEmpty() ? NO_COMPONENTS : COMPONENTS);
      for (PortSpec.Component component : deployment.components()) {
        bytes(COMPONENT);
        line(component.name());
        bytes(component.rules().isEmpty() ? NO_RULES : RULES);
        for (PortSpec.Rule rule : component.rules()) {
          rule(rule);
        }
      }
    }
    return Arrays.copyOf(out, size);
  }

  private void rule(PortSpec.Rule rule) {
    bytes(RULE_ID);
    line(rule.id());
    if (rule.service().isPresent()) {
      bytes(SERVICE);
      line(rule.service().get());
    }
    if (rule.transport().isPresent()) {
      bytes(TRANSPORT);
      line(rule.transport().get().id());
    }
    if (rule.ports().isPresent()) {
      bytes(PORT);
      number(rule.ports().get().start());
      if (!rule.ports().get().isSinglePort()) {
        bytes(END_PORT);
        number(rule.ports().get().end());
      }
    }
    if (rule.direction().isPresent()) {
      bytes(DIRECTION);
      line(rule.direction().get().id());
    }
    bytes(PURPOSE);
    line(rule.purpose());
    if (rule.source().isPresent()) {
      bytes(PEER_SOURCE);
      line(rule.source().get());
    }
    if (rule.destination().isPresent()) {
      bytes(DESTINATION);
      line(rule.destination().get());
    }
    if (!rule.variants().isEmpty()) {
      strings(RULE, "variants", rule.variants());
    }
    bytes(DEPRECATED);
    bytes(rule.deprecated() ? TRUE : FALSE);
    bytes(OPTIONAL);
    bytes(rule.optional() ? TRUE : FALSE);
    bytes(LOCATION);
    if (rule.file().isPresent()) {
      bytes(FILE);
      line(rule.file().get());
    }
    bytes(LINE);
    number(rule.line());
  }

  private void strings(int indent, String key, List<String> values) {
    indent(indent);
    ascii(key);
    if (values.isEmpty()) {
      ascii(": []\n");
      return;
    }
    ascii(":\n");
    for (String value : values) {
      indent(indent + 2);
      ascii("- ");
      line(value);
    }
  }

  private void entry(int indent, String key, String value) {
    indent(indent);
    ascii(key);
    ascii(": ");
    line(value);
  }

  /** {@code value} as a scalar, then a line break. */
  private void line(String value) {
    if (isPlain(value)) {
      ascii(value);
    } else if (isQuotedAsIs(value)) {
      room(value.length() + 2);
      out[size++] = '"';
      ascii(value);
      out[size++] = '"';
    } else {
      byte[] yaml = jackson.apply(value);
      for (byte b : yaml) {
        if (b == '\n') {
          throw new MultiLine();
        }
      }
      bytes(yaml);
    }
    room(1);
    out[size++] = '\n';
  }

  private void number(int value) {
    ascii(Integer.toString(value));
    room(1);
    out[size++] = '\n';
  }

  private void indent(int spaces) {
    room(spaces);
    Arrays.fill(out, size, size + spaces, (byte) ' ');
    size += spaces;
  }

  /** Text known to be ASCII (keys, numbers). */
  private void ascii(String text) {
    int length = text.length();
    room(length);
    for (int i = 0; i < length; i++) {
      out[size + i] = (byte) text.charAt(i);
    }
    size += length;
  }

  private void bytes(byte[] bytes) {
    room(bytes.length);
    System.arraycopy(bytes, 0, out, size, bytes.length);
    size += bytes.length;
  }

  private void room(int more) {
    if (size + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
    }
  }

  /**
   * Whether Jackson and SnakeYAML write {@code value} plain, checked conservatively: an ASCII
   * letter first (or a path's {@code /}, {@code ./} or {@code ../}), then printable ASCII other
   * than flow indicators, {@code #} and {@code :}, no trailing space, and not a word YAML would
   * read as a boolean or null.
   */
  static boolean isPlain(String value) {
    int length = value.length();
    if (!startsPlain(value) || value.charAt(length - 1) == ' ') {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (c < ' ' || c > '~' || isIndicator(c)) {
        return false;
      }
    }
    return length > 5 || !isReserved(value);
  }

  private static boolean isReserved(String value) {
    // every reserved word starts with one of these: most short values need no lower-casing
    return switch (value.charAt(0)) {
      case 'y', 'Y', 'n', 'N', 'o', 'O', 't', 'T', 'f', 'F' ->
          RESERVED.contains(value.toLowerCase(Locale.ROOT));
      default -> false;
    };
  }

  /**
   * Whether Jackson writes {@code value} in double quotes with nothing escaped: the empty string,
   * or printable ASCII without {@code "} or {@code \\} that holds a flow indicator ({@code ,[]{}}),
   * which makes Jackson quote a value wherever it stands.
   */
  static boolean isQuotedAsIs(String value) {
    boolean flow = value.isEmpty();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < ' ' || c > '~' || c == '"' || c == '\\') {
        return false;
      }
      flow |= c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }
    return flow;
  }

  private static boolean isIndicator(char c) {
    return switch (c) {
      case ',', '[', ']', '{', '}', '#', ':' -> true;
      default -> false;
    };
  }

  /**
   * An ASCII letter first, or a path's start: no YAML type begins so ({@code .5} and {@code .inf}
   * are numbers, {@code ...} ends a document), and the build's pages have absolute paths.
   */
  private static boolean startsPlain(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || c == '/'
        || value.startsWith("./")
        || value.startsWith("../");
  }

  private static byte[] key(int indent, String key) {
    return encoded(" ".repeat(indent) + key + ": ");
  }

  private static byte[] encoded(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
