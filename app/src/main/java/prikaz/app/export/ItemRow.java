package prikaz.app.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import prikaz.parser.model.Item;
import prikaz.parser.model.Location;
import prikaz.parser.model.Order;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Reference;
import prikaz.parser.model.Section;
import prikaz.parser.model.Warning;
import prikaz.parser.internal.plan.Where;

/**
 * One plan item flattened for a table (CSV, spreadsheet): the order's columns repeated on every
 * row, then the item itself, whose fields {@link ItemColumns} lays out. A sub-item is a row of its
 * own with its parent's number and its position under it.
 */
record ItemRow(
    String file,
    String issuer,
    LocalDate orderDate,
    String orderNumber,
    String planTitle,
    String section,
    String number,
    String subitem,
    Item item,
    List<Warning> warnings) {

  /** The deadline kind as a Russian clerk reads it, for the spreadsheet-facing outputs. */
  static String kindInRussian(String kind) {
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "date" -> "дата";
      case "range" -> "период";
      case "by" -> "до даты";
      case "recurring" -> "повторяется";
      case "ongoing" -> "постоянно";
      case "scheduled" -> "по графику";
      default -> "не распознан";
    };
  }

  /** The row's warnings, each «CODE: message», in Russian or as the parser wrote them. */
  String warningsText(boolean russian) {
    return warnings.stream().map(w -> russian ? RussianWarnings.withCode(w) : w.code().name() + ": " + w.message())
        .collect(Collectors.joining(JOIN));
  }

  /** Joins the values of a multi-valued cell. */
  static final String JOIN = "; ";

  static List<ItemRow> of(Order order) {
    List<ItemRow> rows = new ArrayList<>();
    for (int p = 0; p < order.plans().size(); p++) {
      rows.addAll(ofPlan(order, p));
    }
    return rows;
  }

  /** The rows of the order's plan number {@code p} (from 0). */
  static List<ItemRow> ofPlan(Order order, int p) {
    List<ItemRow> rows = new ArrayList<>();
    Plan plan = order.plans().get(p);
    for (Item item : plan.items()) {
      rows.add(row(order, plan, p + 1, item, item.number(), ""));
      for (int s = 0; s < item.subitems().size(); s++) {
        rows.add(row(order, plan, p + 1, item.subitems().get(s), item.number(), Integer.toString(s + 1)));
      }
    }
    return rows;
  }

  private static ItemRow row(Order order, Plan plan, int planIndex, Item item, String number, String subitem) {
    Location where = Where.of(planIndex, plan.items(), number, item.section());
    List<Warning> warnings = subitem.isEmpty()
        ? order.warnings().stream().filter(w -> where.equals(w.where())).toList()
        : List.of();
    // An appendix published without its order: the act the appendix block names is the order.
    Reference act = order.header().docType() == null && plan.appendixOf() != null ? plan.appendixOf().act() : null;
    return new ItemRow(
        order.source().path() != null ? order.source().path() : order.source().file(),
        act != null ? act.issuer() : order.header().issuer(),
        act != null ? act.date() : order.header().date(),
        act != null ? act.number() : order.header().number(),
        plan.title(),
        section(item.section()),
        number,
        subitem,
        item,
        warnings);
  }

  private static String section(Section section) {
    if (section == null) {
      return null;
    }
    return section.number() == null ? section.title() : section.number() + ". " + section.title();
  }

}
