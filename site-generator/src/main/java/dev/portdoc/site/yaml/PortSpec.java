package dev.portdoc.site.yaml;

import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.Transport;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code portdoc/v1 PortSpec}: the port requirements of one page (or of a tree, merged) as data,
 * the form written to and read from YAML and JSON. Immutable.
 *
 * @param source the page (or the tree) the spec was made from
 * @param variants every variant (tab label) the rules name, in first-seen order
 * @param deployments in first-seen order
 */
public record PortSpec(Source source, List<String> variants, List<Deployment> deployments) {

  public PortSpec {
    Objects.requireNonNull(source, "source must not be null");
    variants = List.copyOf(variants);
    deployments = List.copyOf(deployments);
    Set<String> ids = new HashSet<>();
    // loops, not the stream of rules(): a build makes a spec of every page
    for (Deployment deployment : deployments) {
      for (Component component : deployment.components()) {
        for (Rule rule : component.rules()) {
          if (!ids.add(rule.id())) {
            throw new IllegalArgumentException("rule id is not unique: " + rule.id());
          }
        }
      }
    }
  }

  /** Every rule of every component, in order. */
  public List<Rule> rules() {
    return rules(deployments);
  }

  private static List<Rule> rules(List<Deployment> deployments) {
    return deployments.stream()
        .flatMap(d -> d.components().stream())
        .flatMap(c -> c.rules().stream())
        .toList();
  }

  /** The page (or tree) a spec describes. */
  public record Source(String path, Optional<String> title) {
    public Source {
      Objects.requireNonNull(path, "path must not be null");
      Objects.requireNonNull(title, "title must not be null");
    }
  }

  /** A deployment (the outer heading) and its components. */
  public record Deployment(String name, List<Component> components) {
    public Deployment {
      Objects.requireNonNull(name, "name must not be null");
      components = List.copyOf(components);
    }
  }

  /** A component (the inner headings) and its rules. */
  public record Component(String name, List<Rule> rules) {
    public Component {
      Objects.requireNonNull(name, "name must not be null");
      rules = List.copyOf(rules);
    }
  }

  /**
   * One port requirement.
   *
   * @param id stable id, unique within the spec
   * @param transport empty when the page does not say (or says something portdoc cannot read)
   * @param ports empty for ICMP or when the page gives no readable port
   * @param source the peer that opens the connection, when the page names it
   * @param destination the peer that accepts the connection, when the page names it
   * @param variants the variants (tabs) the rule belongs to; empty means every variant
   * @param file the page the rule comes from; only merged specs name it
   * @param line the rule's line in that page
   */
  public record Rule(
      String id,
      Optional<String> service,
      Optional<Transport> transport,
      Optional<PortRange> ports,
      Optional<Direction> direction,
      String purpose,
      Optional<String> source,
      Optional<String> destination,
      List<String> variants,
      boolean deprecated,
      boolean optional,
      Optional<String> file,
      int line) {

    public Rule {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(service, "service must not be null");
      Objects.requireNonNull(transport, "transport must not be null");
      Objects.requireNonNull(ports, "ports must not be null");
      Objects.requireNonNull(direction, "direction must not be null");
      Objects.requireNonNull(purpose, "purpose must not be null");
      Objects.requireNonNull(source, "source must not be null");
      Objects.requireNonNull(destination, "destination must not be null");
      variants = List.copyOf(variants);
      Objects.requireNonNull(file, "file must not be null");
      if (line < 1) {
        throw new IllegalArgumentException("line must be 1 or more, was " + line);
      }
    }

    /** This rule with another id. */
    public Rule withId(String newId) {
      return new Rule(
          newId,
          service,
          transport,
          ports,
          direction,
          purpose,
          source,
          destination,
          variants,
          deprecated,
          optional,
          file,
          line);
    }

    /** This rule with another location: for comparing specs made from different files. */
    public Rule withLocation(Optional<String> newFile, int newLine) {
      return new Rule(
          id,
          service,
          transport,
          ports,
          direction,
          purpose,
          source,
          destination,
          variants,
          deprecated,
          optional,
          newFile,
          newLine);
    }
  }

  /** This spec with every rule at line 1 of no file: what stays equal when a page is rewritten. */
  public PortSpec withoutLocations() {
    return new PortSpec(
        new Source("", source.title()),
        variants,
        deployments.stream()
            .map(
                d ->
                    new Deployment(
                        d.name(),
                        d.components().stream()
                            .map(
                                c ->
                                    new Component(
                                        c.name(),
                                        c.rules().stream()
                                            .map(r -> r.withLocation(Optional.empty(), 1))
                                            .toList()))
                            .toList()))
            .toList());
  }
}
