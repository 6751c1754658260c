package prikaz.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import prikaz.app.export.JsonExporter;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.Party;
import prikaz.parser.model.Plan;

/**
 * One file's {@link Outcome} as rows of the two tables: its {@link Tables#ORDERS} row (the order's
 * columns and its {@code prikaz/1} JSON as {@code prikaz parse --compact} writes it; or, for a
 * failure, the path, the SHA-256 and the error) and its {@link Tables#ITEM_ROWS}.
 */
final class ParsedRow {
  private static final JsonExporter JSON = new JsonExporter(false);

  private ParsedRow() {}

  /** A file's orders row and its items rows (none for a failure). */
  record Parsed(Row order, List<Row> items) implements Serializable {
    private static final long serialVersionUID = 1L;

    boolean failed() {
      return !order.isNullAt(Tables.ERROR_KIND);
    }
  }

  static Parsed of(String path, String sha256, Outcome outcome) {
    if (!outcome.isParsed()) {
      return new Parsed(RowFactory.create(path, sha256, null, null, null, null, null, null, null, null, null, null,
          null, outcome.failureKind(), outcome.message(), null), List.of());
    }
    Order order = outcome.order();
    var header = order.header();
    Integer year = header.date() == null ? null : header.date().getYear();
    List<Row> items = items(path, sha256, year, order);
    return new Parsed(RowFactory.create(path, sha256, order.source().format(), order.source().ocr(),
        header.docType(), header.date(), header.number(), header.issuer(), header.title(), order.plans().size(),
        items.size(), order.warnings().size(), json(order), null, null, year), items);
  }

  /** A list as the Scala sequence Spark's rows hold for an array column. */
  private static scala.collection.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows);
  }

  /** Every item and sub-item of every plan, in document order. */
  static List<Row> items(String path, String sha256, Integer year, Order order) {
    List<Row> rows = new ArrayList<>();
    for (int p = 0; p < order.plans().size(); p++) {
      Plan plan = order.plans().get(p);
      for (Item item : plan.items()) {
        rows.add(item(path, sha256, year, p + 1, plan, item, item.number(), null));
        for (int s = 0; s < item.subitems().size(); s++) {
          rows.add(item(path, sha256, year, p + 1, plan, item.subitems().get(s), item.number(), s + 1));
        }
      }
    }
    return rows;
  }

  private static Row item(String path, String sha256, Integer year, int plan, Plan of, Item item, String number,
      Integer subitem) {
    Deadline deadline = item.deadline();
    return RowFactory.create(path, sha256, year, plan, of.title(),
        item.section() == null ? null : item.section().number(),
        item.section() == null ? null : item.section().title(),
        number, subitem, item.activity(),
        deadline == null ? null : deadline.text(),
        deadline == null ? null : deadline.kind().name(),
        deadline == null ? null : deadline.start(),
        deadline == null ? null : deadline.end(),
        seq(parties(item.responsible())), seq(parties(item.participants())), item.result());
  }

  private static List<Row> parties(List<Party> parties) {
    List<Row> rows = new ArrayList<>(parties.size());
    for (Party party : parties) {
      rows.add(RowFactory.create(party.name(), party.type().name()));
    }
    return rows;
  }

  /** The order in one line of {@code prikaz/1} JSON, written by the command line's own exporter. */
  static String json(Order order) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      JSON.write(order, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toString(StandardCharsets.UTF_8).stripTrailing();
  }
}
