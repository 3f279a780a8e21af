package org.cellbook.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.RecordRef;
import org.cellbook.base.RecordType;
import org.cellbook.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the build graph of the notebook in the database, level by level with one set-based query
 * per relation and level, so a cell's ancestry or a batch's thousand descendant cells cost a few
 * indexed queries, not one per record.
 */
@Service
public class LineageService {

  /** Walks stop here; the UI says so. Far above any real chain, below what a page can hold. */
  public static final int MAX_NODES = 50_000;

  private static final int CHUNK = 900;

  private final JdbcClient jdbc;

  LineageService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Key(RecordType type, long id) {}

  private record Flow(Key from, Key to, @Nullable Double quantity, String unit) {}

  private record Described(RecordRef ref, boolean withdrawn) {}

  @Transactional(readOnly = true)
  public Lineage trace(String code, TraceDirection direction) {
    Key root = resolve(code.trim());
    Map<Key, Integer> depth = new LinkedHashMap<>();
    Set<Flow> flows = new LinkedHashSet<>();
    depth.put(root, 0);
    Deque<Key> frontier = new ArrayDeque<>(List.of(root));
    boolean truncated = false;
    int level = 0;
    while (!frontier.isEmpty() && !truncated) {
      level++;
      Map<RecordType, List<Long>> byType = new EnumMap<>(RecordType.class);
      for (Key key : frontier) {
        byType.computeIfAbsent(key.type(), t -> new ArrayList<>()).add(key.id());
      }
      frontier.clear();
      for (Map.Entry<RecordType, List<Long>> entry : byType.entrySet()) {
        for (Relation relation : Relation.ALL) {
          boolean applies =
              direction == TraceDirection.BACK
                  ? relation.child() == entry.getKey()
                  : relation.parent() == entry.getKey();
          if (!applies) {
            continue;
          }
          for (Flow flow : query(relation, direction, entry.getValue())) {
            flows.add(flow);
            Key next = direction == TraceDirection.BACK ? flow.from() : flow.to();
            if (!depth.containsKey(next)) {
              if (depth.size() >= MAX_NODES) {
                truncated = true;
                continue;
              }
              depth.put(next, level);
              frontier.add(next);
            }
          }
        }
      }
    }
    Map<Key, Described> described = describe(depth.keySet());
    Map<Key, RecordRef> refs = new HashMap<>();
    described.forEach((key, d) -> refs.put(key, d.ref()));
    List<Lineage.Node> nodes =
        depth.entrySet().stream()
            .map(
                e -> {
                  Described d = described.get(e.getKey());
                  return new Lineage.Node(d.ref(), e.getValue(), d.withdrawn());
                })
            .toList();
    List<Lineage.Edge> edges =
        flows.stream()
            .filter(f -> refs.containsKey(f.from()) && refs.containsKey(f.to()))
            .map(
                f ->
                    new Lineage.Edge(
                        refs.get(f.from()).code(), refs.get(f.to()).code(), f.quantity(), f.unit()))
            .toList();
    return new Lineage(refs.get(root), direction, nodes, edges, truncated);
  }

  private List<Flow> query(Relation relation, TraceDirection direction, List<Long> ids) {
    List<Flow> out = new ArrayList<>();
    String keyed =
        direction == TraceDirection.BACK ? relation.childColumn() : relation.parentColumn();
    String sql =
        "select %s as parent_id, %s as child_id, %s as quantity, %s as unit from %s where %s in (:ids) and %s is not null%s"
            .formatted(
                relation.parentColumn(),
                relation.childColumn(),
                relation.quantity(),
                relation.unit(),
                relation.from(),
                keyed,
                relation.parentColumn(),
                relation.condition().isEmpty() ? "" : " and " + relation.condition());
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
      jdbc.sql(sql)
          .param("ids", chunk)
          .query(
              rs -> {
                double q = rs.getDouble("quantity");
                Double quantity = rs.wasNull() ? null : q;
                out.add(
                    new Flow(
                        new Key(relation.parent(), rs.getLong("parent_id")),
                        new Key(relation.child(), rs.getLong("child_id")),
                        quantity,
                        quantity == null ? null : unitSymbol(rs.getString("unit"))));
              });
    }
    return out;
  }

  private static @Nullable String unitSymbol(@Nullable String stored) {
    if (stored == null) {
      return null;
    }
    return switch (stored) {
      case "GRAM" -> "g";
      case "MILLILITRE" -> "mL";
      case "PIECE" -> "pcs";
      default -> stored;
    };
  }

  private Key resolve(String code) {
    for (RecordType type : Relation.TABLES.keySet()) {
      List<Long> ids =
          jdbc.sql("select id from " + Relation.TABLES.get(type) + " where code = :code")
              .param("code", code)
              .query(Long.class)
              .list();
      if (!ids.isEmpty()) {
        return new Key(type, ids.getFirst());
      }
    }
    throw new NotFoundException("record", code);
  }

  /**
   * Refuses to withdraw a record while a record made directly from it still stands, naming the
   * first such record ("B-2026-0003 is still used by sheet E-2026-0012; withdraw that first").
   *
   * @param what how the refusal names the record being withdrawn, e.g. its code
   */
  @Transactional(readOnly = true)
  public void requireUnused(RecordType type, String code, String what) {
    Key key = resolve(code);
    Set<Key> children = new LinkedHashSet<>();
    for (Relation relation : Relation.ALL) {
      if (relation.parent() == type) {
        query(relation, TraceDirection.FORWARD, List.of(key.id()))
            .forEach(f -> children.add(f.to()));
      }
    }
    describe(children).values().stream()
        .filter(d -> !d.withdrawn())
        .map(Described::ref)
        .sorted(Comparator.comparing(RecordRef::code))
        .findFirst()
        .ifPresent(
            user -> {
              throw new ValidationException(
                  "withdrawal",
                  "%s is still used by %s %s; withdraw that first"
                      .formatted(what, user.type().jsonName(), user.code()));
            });
  }

  private Map<Key, Described> describe(Set<Key> keys) {
    Map<RecordType, List<Long>> byType = new EnumMap<>(RecordType.class);
    for (Key key : keys) {
      byType.computeIfAbsent(key.type(), t -> new ArrayList<>()).add(key.id());
    }
    Map<Key, Described> refs = new HashMap<>();
    byType.forEach(
        (type, ids) -> {
          String sql =
              switch (type) {
                case LOT ->
                    "select l.id, l.code, m.name, l.withdrawn_at from lot l"
                        + " join material m on m.id = l.material_id where l.id in (:ids)";
                case DISC ->
                    "select id, code, code as name, withdrawn_at from disc where id in (:ids)";
                case CELL ->
                    "select id, code, coalesce(name, code) as name, withdrawn_at"
                        + " from cell where id in (:ids)";
                case MEASUREMENT ->
                    "select id, code, coalesce(technique, 'unrecognised file') as name,"
                        + " withdrawn_at from measurement where id in (:ids)";
                default ->
                    "select id, code, name, withdrawn_at from "
                        + Relation.TABLES.get(type)
                        + " where id in (:ids)";
              };
          for (int i = 0; i < ids.size(); i += CHUNK) {
            jdbc.sql(sql)
                .param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                .query(
                    rs -> {
                      refs.put(
                          new Key(type, rs.getLong(1)),
                          new Described(
                              new RecordRef(type, rs.getString(2), rs.getString(3)),
                              rs.getTimestamp(4) != null));
                    });
          }
        });
    return refs;
  }
}
