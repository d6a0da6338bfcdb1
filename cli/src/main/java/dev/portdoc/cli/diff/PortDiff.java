package dev.portdoc.cli.diff;

import dev.portdoc.cli.diff.RuleChange.FieldChange;
import dev.portdoc.cli.diff.RuleChange.Kind;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compares the port rules of two versions of a page. Rules are matched by a key that does not
 * depend on line numbers or wording: context (headings and tab), service, transport, port and
 * direction; rules left over are matched again with the section narrowed to the innermost heading
 * and tab, then to the innermost heading alone. A matched pair whose purpose, deprecation or other
 * attributes differ is a change; of the rules left over after that, one removed and one added with
 * the same section, service and transport are taken to be the same rule with a new port or
 * direction.
 */
public final class PortDiff {

  private PortDiff() {}

  /** The changes from {@code before} to {@code after}; either side may be absent. */
  public static List<RuleChange> compare(
      String page, Optional<Document> before, Optional<Document> after) {
    List<Entry> removed = entries(before);
    List<Entry> added = entries(after);
    List<RuleChange> changes = new ArrayList<>();
    // exact section first; then the innermost heading and tab only, since pages rename their
    // top headings ("SaaS Managed" became "Network Ports") more often than their rules; then the
    // innermost heading alone, since tabs come and go
    // rules that kept their purpose first, so a reordered table does not pair rules crosswise
    List<Function<Entry, String>> places = List.of(Entry::context, Entry::section, Entry::heading);
    for (Function<Entry, String> place : places) {
      match(page, removed, added, changes, e -> key(place.apply(e), e.rule()) + purpose(e));
    }
    // a tab that became the whole page (or the other way round) keeps its rules
    for (Function<Entry, String> place : places) {
      match(page, removed, added, changes, e -> key(place.apply(e), e.rule()));
    }
    pairMoves(page, removed, added, changes);
    removed.forEach(e -> changes.add(change(Kind.REMOVED, page, e, null, List.of())));
    added.forEach(e -> changes.add(change(Kind.ADDED, page, null, e, List.of())));
    changes.sort(
        java.util.Comparator.comparing(RuleChange::kind)
            .thenComparingInt(c -> c.rule().location().line()));
    return List.copyOf(changes);
  }

  /**
   * Matches rules with equal keys (the n-th of a key with the n-th: a duplicate row matches in
   * order), records the changed ones and removes all matched ones from both lists.
   */
  private static void match(
      String page,
      List<Entry> removed,
      List<Entry> added,
      List<RuleChange> changes,
      Function<Entry, String> key) {
    Map<String, List<Entry>> newByKey = new LinkedHashMap<>();
    added.forEach(e -> newByKey.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e));
    List<Entry> matchedOld = new ArrayList<>();
    List<Entry> matchedNew = new ArrayList<>();
    for (Entry was : removed) {
      List<Entry> candidates = newByKey.getOrDefault(key.apply(was), List.of());
      if (candidates.isEmpty()) {
        continue;
      }
      Entry is = candidates.remove(0);
      matchedOld.add(was);
      matchedNew.add(is);
      List<FieldChange> fields = fields(was.rule(), is.rule());
      if (!fields.isEmpty()) {
        changes.add(change(Kind.CHANGED, page, was, is, fields));
      }
    }
    removed.removeAll(matchedOld);
    added.removeAll(matchedNew);
  }

  private static String purpose(Entry e) {
    return "\u0000" + e.rule().purpose().strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** A rule and the context it sits in. */
  private record Entry(String context, String section, String heading, PortRule rule) {}

  private static List<Entry> entries(Optional<Document> document) {
    List<Entry> entries = new ArrayList<>();
    if (document.isEmpty()) {
      return entries;
    }
    for (PortTable table : document.get().tables()) {
      List<String> headings = table.headingPath();
      String inner = headings.isEmpty() ? "" : headings.get(headings.size() - 1);
      String section = inner + table.variant().map(v -> " [" + v + "]").orElse("");
      for (PortRule rule : table.rules()) {
        entries.add(new Entry(table.context(), section, inner, rule));
      }
    }
    return entries;
  }

  static String key(String context, PortRule rule) {
    return String.join(
        "\u0000",
        context,
        rule.service().map(s -> s.strip().toLowerCase(java.util.Locale.ROOT)).orElse(""),
        rule.transport().map(t -> t.id()).orElse(""),
        rule.ports().map(PortRange::toString).orElse(""),
        rule.direction().map(d -> d.id()).orElse(""));
  }

  /** Pairs one removed and one added rule of the same context, service and transport. */
  private static void pairMoves(
      String page, List<Entry> removed, List<Entry> added, List<RuleChange> changes) {
    Map<String, List<Entry>> removedBy = group(removed);
    Map<String, List<Entry>> addedBy = group(added);
    removedBy.forEach(
        (group, gone) -> {
          List<Entry> came = addedBy.getOrDefault(group, List.of());
          if (gone.size() == 1 && came.size() == 1) {
            Entry was = gone.get(0);
            Entry is = came.get(0);
            changes.add(change(Kind.CHANGED, page, was, is, fields(was.rule(), is.rule())));
            removed.remove(was);
            added.remove(is);
          }
        });
  }

  private static Map<String, List<Entry>> group(List<Entry> entries) {
    Map<String, List<Entry>> groups = new HashMap<>();
    for (Entry e : entries) {
      String group =
          String.join(
              "\u0000",
              e.section(),
              e.rule().service().map(s -> s.strip().toLowerCase(java.util.Locale.ROOT)).orElse(""),
              e.rule().transport().map(t -> t.id()).orElse(""));
      groups.computeIfAbsent(group, k -> new ArrayList<>()).add(e);
    }
    return groups;
  }

  private static RuleChange change(
      Kind kind, String page, Entry before, Entry after, List<FieldChange> fields) {
    Entry any = after != null ? after : before;
    return new RuleChange(
        kind,
        page,
        any.context(),
        Optional.ofNullable(before).map(Entry::rule),
        Optional.ofNullable(after).map(Entry::rule),
        fields);
  }

  /** The fields that differ, in a fixed order. */
  static List<FieldChange> fields(PortRule before, PortRule after) {
    List<FieldChange> fields = new ArrayList<>();
    compare(fields, "port", before, after, r -> r.ports().map(PortRange::toString).orElse(""));
    compare(fields, "direction", before, after, r -> r.direction().map(d -> d.id()).orElse(""));
    compare(fields, "purpose", before, after, PortRule::purpose);
    compare(fields, "deprecated", before, after, r -> Boolean.toString(r.deprecated()));
    compare(fields, "optional", before, after, r -> Boolean.toString(r.optional()));
    compare(fields, "source", before, after, r -> r.source().orElse(""));
    compare(fields, "destination", before, after, r -> r.destination().orElse(""));
    return fields;
  }

  private static void compare(
      List<FieldChange> fields,
      String name,
      PortRule before,
      PortRule after,
      Function<PortRule, String> value) {
    String was = value.apply(before);
    String is = value.apply(after);
    if (!was.strip().equals(is.strip())) {
      fields.add(new FieldChange(name, was, is));
    }
  }
}
