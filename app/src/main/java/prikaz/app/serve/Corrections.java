package prikaz.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import prikaz.app.export.JsonExporter;
import prikaz.parser.internal.deadline.DeadlineContext;
import prikaz.parser.internal.deadline.DeadlineParser;
import prikaz.parser.model.Order;
import prikaz.parser.model.Period;

/**
 * Orders sent back by the page (or a script) after a clerk corrected them: {@code prikaz/1} JSON,
 * one order or an array. A deadline whose text was changed comes as its text alone ({@code
 * "deadline": {"text": "до 1 марта"}} or {@code "deadline": "до 1 марта"}) and is normalised
 * again here, against its plan's period, its section and the order date, as the parser does; a
 * deadline sent whole is kept as sent.
 */
final class Corrections {
  private static final ObjectMapper MAPPER = JsonExporter.mapper();

  /** Not a {@code prikaz/1} order: the reason, for a 400 answer. */
  static final class NotAnOrder extends Exception {
    private static final long serialVersionUID = 1L;

    NotAnOrder(String message) {
      super(message);
    }
  }

  private Corrections() {}

  /** The orders in the body, their changed deadlines normalised. */
  static List<Order> orders(byte[] body) throws NotAnOrder {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      throw new NotAnOrder("not JSON: " + firstLine(e.getMessage()));
    }
    List<JsonNode> nodes = new ArrayList<>();
    if (root != null && root.isArray()) {
      root.forEach(nodes::add);
    } else if (root != null) {
      nodes.add(root);
    }
    if (nodes.isEmpty()) {
      throw new NotAnOrder("no order in the request");
    }
    List<Order> orders = new ArrayList<>();
    for (JsonNode node : nodes) {
      orders.add(order(node));
    }
    return orders;
  }

  /** One order, its changed deadlines normalised. */
  static Order order(JsonNode node) throws NotAnOrder {
    if (!node.isObject() || !Order.SCHEMA.equals(node.path("schema").asText(null))) {
      throw new NotAnOrder("not a " + Order.SCHEMA + " order");
    }
    ObjectNode order = ((ObjectNode) node).deepCopy();
    LocalDate date = null;
    String written = order.path("header").path("date").asText(null);
    if (written != null) {
      try {
        date = LocalDate.parse(written);
      } catch (java.time.format.DateTimeParseException e) {
        throw new NotAnOrder("header.date is not a date: " + written);
      }
    }
    for (JsonNode plan : order.path("plans")) {
      Period period = null;
      if (plan.hasNonNull("period")) {
        try {
          period = MAPPER.treeToValue(plan.get("period"), Period.class);
        } catch (IOException e) {
          throw new NotAnOrder("a plan's period is not a period: " + firstLine(e.getMessage()));
        }
      }
      normalise(plan.path("items"), new DeadlineContext(period, date));
    }
    try {
      return JsonExporter.read(new ByteArrayInputStream(MAPPER.writeValueAsBytes(order)));
    } catch (IOException | RuntimeException e) {
      throw new NotAnOrder("not a " + Order.SCHEMA + " order: " + firstLine(e.getMessage()));
    }
  }

  private static void normalise(JsonNode items, DeadlineContext plan) {
    for (JsonNode item : items) {
      if (!(item instanceof ObjectNode row)) {
        continue;
      }
      JsonNode deadline = row.get("deadline");
      String text = deadline == null ? null
          : deadline.isTextual() ? deadline.asText()
          : deadline.isObject() && !deadline.hasNonNull("kind") && deadline.hasNonNull("text")
              ? deadline.get("text").asText() : null;
      if (text != null) {
        DeadlineContext context = plan.inSection(row.path("section").path("title").asText(""));
        row.set("deadline", text.isBlank() ? null : MAPPER.valueToTree(DeadlineParser.parse(text.strip(), context)));
      }
      normalise(row.path("subitems"), plan);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
