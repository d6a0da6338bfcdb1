package dev.portdoc.site.yaml;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes a spec as YAML text directly, in the layout {@link YamlSpecWriter}'s Jackson set-up gives
 * (block style, sequences indented with their indicator, quotes only where needed), because going
 * through Jackson and SnakeYAML's emitter cost about as much as linting. Strings that are plainly
 * safe are written as they are; any other string is rendered by {@code jackson}, one scalar at a
 * time, so that the quoting rules stay Jackson's and SnakeYAML's. A scalar that needs more than one
 * line (a literal block) cannot be placed that way: {@link MultiLine} says to write the whole spec
 * through Jackson instead.
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

  private final UnaryOperator<String> jackson;
  private final StringBuilder out = new StringBuilder(4096);

  /** {@code jackson} gives the single-line YAML of a string scalar as Jackson would write it. */
  SpecYamlEmitter(UnaryOperator<String> jackson) {
    this.jackson = jackson;
  }

  String write(PortSpec spec) {
    out.setLength(0);
    out.append("apiVersion: ").append(YamlSpecWriter.API_VERSION).append('\n');
    out.append("kind: ").append(YamlSpecWriter.KIND).append('\n');
    out.append("source:\n");
    entry(2, "path", spec.source().path());
    spec.source().title().ifPresent(title -> entry(2, "title", title));
    strings(0, "variants", spec.variants());
    if (spec.deployments().isEmpty()) {
      out.append("deployments: []\n");
    } else {
      out.append("deployments:\n");
    }
    for (PortSpec.Deployment deployment : spec.deployments()) {
      out.append("  - ");
      entry(0, "name", deployment.name());
      if (deployment.components().isEmpty()) {
        out.append("    components: []\n");
      } else {
        out.append("    components:\n");
      }
      for (PortSpec.Component component : deployment.components()) {
        out.append("      - ");
        entry(0, "name", component.name());
        if (component.rules().isEmpty()) {
          out.append("        rules: []\n");
        } else {
          out.append("        rules:\n");
        }
        for (PortSpec.Rule rule : component.rules()) {
          rule(rule);
        }
      }
    }
    return out.toString();
  }

  private void rule(PortSpec.Rule rule) {
    int indent = 12;
    out.append("          - ");
    entry(0, "id", rule.id());
    rule.service().ifPresent(service -> entry(indent, "service", service));
    rule.transport().ifPresent(transport -> entry(indent, "transport", transport.id()));
    rule.ports()
        .ifPresent(
            ports -> {
              number(indent, "port", ports.start());
              if (!ports.isSinglePort()) {
                number(indent, "endPort", ports.end());
              }
            });
    rule.direction().ifPresent(direction -> entry(indent, "direction", direction.id()));
    entry(indent, "purpose", rule.purpose());
    rule.source().ifPresent(peer -> entry(indent, "source", peer));
    rule.destination().ifPresent(peer -> entry(indent, "destination", peer));
    if (!rule.variants().isEmpty()) {
      strings(indent, "variants", rule.variants());
    }
    key(indent, "deprecated").append(' ').append(rule.deprecated()).append('\n');
    key(indent, "optional").append(' ').append(rule.optional()).append('\n');
    key(indent, "location").append('\n');
    rule.file().ifPresent(file -> entry(indent + 2, "file", file));
    number(indent + 2, "line", rule.line());
  }

  private void strings(int indent, String key, List<String> values) {
    if (values.isEmpty()) {
      key(indent, key).append(" []\n");
      return;
    }
    key(indent, key).append('\n');
    for (String value : values) {
      indent(indent + 2).append("- ");
      scalar(value);
      out.append('\n');
    }
  }

  private void entry(int indent, String key, String value) {
    key(indent, key).append(' ');
    scalar(value);
    out.append('\n');
  }

  private void number(int indent, String key, int value) {
    key(indent, key).append(' ').append(value).append('\n');
  }

  private StringBuilder key(int indent, String key) {
    return indent(indent).append(key).append(':');
  }

  private StringBuilder indent(int spaces) {
    for (int i = 0; i < spaces; i++) {
      out.append(' ');
    }
    return out;
  }

  private void scalar(String value) {
    if (isPlain(value)) {
      out.append(value);
      return;
    }
    String yaml = jackson.apply(value);
    if (yaml.indexOf('\n') >= 0) {
      throw new MultiLine();
    }
    out.append(yaml);
  }

  /**
   * Whether Jackson and SnakeYAML write {@code value} plain, checked conservatively: an ASCII
   * letter first, then printable ASCII other than flow indicators, {@code #} and {@code :}, no
   * trailing space, and not a word YAML would read as a boolean or null.
   */
  static boolean isPlain(String value) {
    int length = value.length();
    if (length == 0 || !isAsciiLetter(value.charAt(0)) || value.charAt(length - 1) == ' ') {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (c < ' ' || c > '~') {
        return false;
      }
      switch (c) {
        case ',', '[', ']', '{', '}', '#', ':' -> {
          return false;
        }
        default -> {}
      }
    }
    return length > 5 || !RESERVED.contains(value.toLowerCase(Locale.ROOT));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
