package dev.portdoc.site.html;

import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The network diagram of one deployment, laid out for an SVG template: its components in the middle
 * column, the peers that open connections to them on the left, the peers they connect to on the
 * right, and an arrow per component, peer and direction labelled with the ports. Rows that name no
 * peer are drawn against an "External" box. The layout depends on the model only (no measurement,
 * no randomness), so the same input always gives the same picture.
 *
 * @param id unique on the page, prefixes the SVG's internal ids
 * @param note what the reader should know about the drawing (unnamed peers, rules not drawn); empty
 *     when nothing
 */
public record NetworkDiagram(
    String id,
    String title,
    int width,
    int height,
    List<Box> boxes,
    List<Arrow> arrows,
    List<Line> columnHeads,
    String note) {

  /** A labelled rectangle; {@code kind} is {@code component}, {@code peer} or {@code external}. */
  public record Box(String kind, String name, List<Line> lines, int x, int y, int w, int h) {}

  /** A line of text at an absolute position. */
  public record Line(String text, int x, int y) {}

  /**
   * An arrow from (x1, y1) to (x2, y2), {@code direction} is {@code inbound} or {@code outbound}.
   */
  public record Arrow(
      String direction, String title, int x1, int y1, int x2, int y2, List<Line> label) {}

  static final String EXTERNAL_CLIENTS = "External / clients";
  static final String EXTERNAL_SERVICES = "External / services";

  private static final int WIDTH = 880;
  private static final int COLUMN = 180;
  private static final int LEFT_X = 10;
  private static final int MIDDLE_X = (WIDTH - COLUMN) / 2;
  private static final int RIGHT_X = WIDTH - COLUMN - 10;
  private static final int TOP = 44;
  private static final int GAP = 24;
  private static final int LINE = 17;
  private static final int BOX_CHARS = 19;
  private static final int LABEL_CHARS = 21;
  private static final int LABEL_MAX_LINES = 4;
  private static final int MIN_BOX = 56;

  /** What separates words: compiled once (String.split compiles a pattern on every call). */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** One arrow before layout. */
  private record Link(int component, String peer, boolean external, Direction direction) {}

  /**
   * Lays out the diagram of the tables of one deployment.
   *
   * @param componentOf the box name of each table (its component, or the deployment's name)
   */
  static Optional<NetworkDiagram> of(
      String id, String deployment, List<PortTable> tables, List<String> componentOf) {
    List<String> components = new ArrayList<>();
    Map<Link, Set<String>> links = new LinkedHashMap<>();
    int unnamed = 0;
    int undirected = 0;
    for (int t = 0; t < tables.size(); t++) {
      String name = componentOf.get(t);
      int component = components.indexOf(name);
      if (component < 0) {
        components.add(name);
        component = components.size() - 1;
      }
      for (PortRule rule : tables.get(t).rules()) {
        Optional<Direction> drawn = drawnDirection(rule);
        if (drawn.isEmpty()) {
          undirected++;
          continue;
        }
        Direction direction = drawn.get();
        Optional<String> peer =
            (direction == Direction.INBOUND ? rule.source() : rule.destination())
                .map(String::strip)
                .filter(s -> !s.isEmpty());
        if (peer.isEmpty()) {
          unnamed++;
        }
        String peerName =
            peer.orElse(direction == Direction.INBOUND ? EXTERNAL_CLIENTS : EXTERNAL_SERVICES);
        links
            .computeIfAbsent(
                new Link(component, peerName, peer.isEmpty(), direction),
                k -> new LinkedHashSet<>())
            .add(portLabel(rule));
      }
    }
    if (links.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(layout(id, deployment, components, links, note(unnamed, undirected)));
  }

  /**
   * The rule's direction; for a table that names only a source (or only a destination) instead of a
   * direction, the source connects in (the destination is connected to).
   */
  private static Optional<Direction> drawnDirection(PortRule rule) {
    if (rule.direction().isPresent()) {
      return rule.direction();
    }
    boolean source = rule.source().filter(s -> !s.isBlank()).isPresent();
    boolean destination = rule.destination().filter(s -> !s.isBlank()).isPresent();
    if (source != destination) {
      return Optional.of(source ? Direction.INBOUND : Direction.OUTBOUND);
    }
    return Optional.empty();
  }

  private static String note(int unnamed, int undirected) {
    List<String> parts = new ArrayList<>();
    if (unnamed > 0) {
      parts.add(
          "The page names no peer for "
              + unnamed
              + (unnamed == 1 ? " rule: it is" : " rules: they are")
              + " drawn against an External box.");
    }
    if (undirected > 0) {
      parts.add(
          undirected
              + (undirected == 1 ? " rule has" : " rules have")
              + " no direction and "
              + (undirected == 1 ? "is" : "are")
              + " not drawn.");
    }
    return String.join(" ", parts);
  }

  /** {@code HTTPS 443/tcp}, {@code 2379-2380/tcp}, {@code ICMP}. */
  static String portLabel(PortRule rule) {
    StringBuilder label = new StringBuilder();
    rule.service().ifPresent(s -> label.append(s).append(' '));
    if (rule.ports().isPresent()) {
      label.append(rule.ports().get());
      rule.transport().ifPresent(t -> label.append('/').append(t.id()));
    } else {
      rule.transport().ifPresent(t -> label.append(t.name()));
    }
    String text = label.toString().strip();
    return text.isEmpty() ? "?" : text;
  }

  private static NetworkDiagram layout(
      String id,
      String deployment,
      List<String> components,
      Map<Link, Set<String>> links,
      String note) {
    // each arrow gets a horizontal slot tall enough for its label, on its side of its component
    List<Link> ordered = new ArrayList<>(links.keySet());
    ordered.sort(
        (a, b) -> {
          int byComponent = Integer.compare(a.component(), b.component());
          return byComponent != 0 ? byComponent : a.direction().compareTo(b.direction());
        });
    Map<Link, List<String>> labels = new LinkedHashMap<>();
    for (Link link : ordered) {
      labels.put(link, labelLines(List.copyOf(links.get(link))));
    }

    List<Box> boxes = new ArrayList<>();
    Map<Link, Integer> endY = new LinkedHashMap<>();
    int y = TOP;
    for (int c = 0; c < components.size(); c++) {
      int inHeight = 0;
      int outHeight = 0;
      for (Link link : ordered) {
        if (link.component() == c) {
          int slot = slot(labels.get(link).size());
          if (link.direction() == Direction.INBOUND) {
            endY.put(link, y + inHeight + slot - 14);
            inHeight += slot;
          } else {
            endY.put(link, y + outHeight + slot - 14);
            outHeight += slot;
          }
        }
      }
      int nameHeight = wrap(components.get(c)).size() * LINE + 22;
      int h = Math.max(Math.max(MIN_BOX, nameHeight), Math.max(inHeight, outHeight) + 8);
      boxes.add(box("component", components.get(c), MIDDLE_X, y, h));
      y += h + GAP;
    }
    int bottom = y - GAP;

    List<Arrow> arrows = new ArrayList<>();
    for (Direction side : Direction.values()) {
      bottom = Math.max(bottom, placePeers(side, ordered, links, labels, endY, boxes, arrows));
    }
    arrows.sort(
        (a, b) -> {
          int byY = Integer.compare(a.y2(), b.y2());
          return byY != 0 ? byY : a.direction().compareTo(b.direction());
        });
    String title = "Network diagram: " + deployment;
    return new NetworkDiagram(
        id,
        title,
        WIDTH,
        bottom + 16,
        List.copyOf(boxes),
        List.copyOf(arrows),
        List.of(
            new Line("Connects in", LEFT_X + COLUMN / 2, 24),
            new Line(
                deployment.length() > 30 ? deployment.substring(0, 29) + "…" : deployment,
                MIDDLE_X + COLUMN / 2,
                24),
            new Line("Connects out", RIGHT_X + COLUMN / 2, 24)),
        note);
  }

  /** Places the peer boxes of one side beside the arrows that reach them; returns their bottom. */
  private static int placePeers(
      Direction side,
      List<Link> ordered,
      Map<Link, Set<String>> links,
      Map<Link, List<String>> labels,
      Map<Link, Integer> endY,
      List<Box> boxes,
      List<Arrow> arrows) {
    Map<String, List<Link>> byPeer = new LinkedHashMap<>();
    for (Link link : ordered) {
      if (link.direction() == side) {
        byPeer.computeIfAbsent(link.peer(), k -> new ArrayList<>()).add(link);
      }
    }
    boolean inbound = side == Direction.INBOUND;
    int x = inbound ? LEFT_X : RIGHT_X;
    int previousBottom = TOP - GAP;
    for (Map.Entry<String, List<Link>> peer : byPeer.entrySet()) {
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (Link link : peer.getValue()) {
        first = Math.min(first, endY.get(link));
        last = Math.max(last, endY.get(link));
      }
      int ownHeight = Math.max(MIN_BOX, wrap(peer.getKey()).size() * LINE + 22);
      int top;
      int h;
      if (byPeer.size() == 1) {
        // a lone peer spans all its arrows, so they run straight across
        top = first - MIN_BOX / 2;
        h = Math.max(ownHeight, last - top + MIN_BOX / 2);
      } else {
        // several peers: each sits level with the middle of its arrows, below the previous one
        top = Math.max((first + last) / 2 - ownHeight / 2, previousBottom + GAP);
        h = ownHeight;
      }
      boolean external = peer.getValue().get(0).external();
      boxes.add(box(external ? "external" : "peer", peer.getKey(), x, top, h));
      previousBottom = top + h;
      for (Link link : peer.getValue()) {
        int yEnd = endY.get(link);
        int yPeer = Math.max(top + 10, Math.min(top + h - 10, yEnd));
        int peerEdge = inbound ? x + COLUMN : x;
        int componentEdge = inbound ? MIDDLE_X : MIDDLE_X + COLUMN;
        List<String> text = labels.get(link);
        // labels sit beside the component, in the arrow's own slot, so they never overlap
        int labelX = inbound ? componentEdge - 10 : componentEdge + 10;
        int labelBottom = yEnd - 6;
        List<Line> label = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
          label.add(new Line(text.get(i), labelX, labelBottom - (text.size() - 1 - i) * LINE));
        }
        String component = boxes.get(link.component()).name();
        String ports = String.join(", ", links.get(link));
        String title =
            inbound
                ? peer.getKey() + " → " + component + ": " + ports
                : component + " → " + peer.getKey() + ": " + ports;
        arrows.add(
            inbound
                ? new Arrow(side.id(), title, peerEdge, yPeer, componentEdge, yEnd, label)
                : new Arrow(side.id(), title, componentEdge, yEnd, peerEdge, yPeer, label));
      }
    }
    return previousBottom;
  }

  private static int slot(int labelLines) {
    return Math.max(44, labelLines * LINE + 24);
  }

  /** Joins the port entries into lines of about {@value #LABEL_CHARS} characters, four at most. */
  private static List<String> labelLines(List<String> entries) {
    List<String> lines = new ArrayList<>();
    List<Integer> shown = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int count = 0;
    for (String entry : entries) {
      if (line.length() > 0 && line.length() + 2 + entry.length() > LABEL_CHARS) {
        lines.add(line.toString());
        shown.add(count);
        line.setLength(0);
      }
      line.append(line.length() > 0 ? ", " : "").append(entry);
      count++;
    }
    lines.add(line.toString());
    shown.add(count);
    if (lines.size() <= LABEL_MAX_LINES) {
      return lines;
    }
    List<String> cut = new ArrayList<>(lines.subList(0, LABEL_MAX_LINES - 1));
    cut.add("+" + (entries.size() - shown.get(LABEL_MAX_LINES - 2)) + " more");
    return cut;
  }

  private static Box box(String kind, String name, int x, int y, int h) {
    List<String> wrapped = wrap(name);
    List<Line> lines = new ArrayList<>();
    int centerY = y + h / 2 + 5 - (wrapped.size() - 1) * LINE / 2;
    for (int i = 0; i < wrapped.size(); i++) {
      lines.add(new Line(wrapped.get(i), x + COLUMN / 2, centerY + i * LINE));
    }
    return new Box(kind, name, lines, x, y, COLUMN, h);
  }

  /** Word-wraps a box name to three lines of about {@value #BOX_CHARS} characters. */
  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : WHITESPACE.split(text.strip())) {
      if (line.length() > 0 && line.length() + 1 + word.length() > BOX_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    if (lines.size() > 3) {
      List<String> cut = new ArrayList<>(lines.subList(0, 3));
      cut.set(2, cut.get(2) + "…");
      return cut;
    }
    return lines.stream().map(l -> l.length() > BOX_CHARS + 4 ? cut(l) : l).toList();
  }

  private static String cut(String line) {
    return line.substring(0, BOX_CHARS + 3) + "…";
  }
}
