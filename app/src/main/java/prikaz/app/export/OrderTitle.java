package prikaz.app.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import prikaz.parser.model.Header;
import prikaz.parser.model.Order;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Reference;

/** How a printed plan names its order: «Приказ от 14.10.2020 № 218», «Приложение 1 к приказу от …». */
final class OrderTitle {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private OrderTitle() {}

  /** «Приказ от 14.10.2020 № 218» (the act's own type), or the appendix block's act for a lone appendix. */
  static String act(Order order) {
    Header h = order.header();
    Reference act = h.docType() == null ? appendixAct(order) : null;
    String type = h.docType() != null ? h.docType() : act != null && act.kind() != null ? act.kind() : "приказ";
    return capitalized(type) + dateAndNumber(act != null ? act.date() : h.date(), act != null ? act.number() : h.number());
  }

  /** The lines above a plan: its title, what it is appended to, and the issuer. */
  static List<String> lines(Order order, Plan plan) {
    List<String> lines = new ArrayList<>();
    if (plan.title() != null && !plan.title().isBlank()) {
      lines.add(plan.title().replace('\n', ' '));
    }
    if (plan.appendixOf() != null) {
      lines.add(plan.appendixOf().text().replace('\n', ' '));
    } else if (plan.appendix() != null) {
      lines.add(capitalized(plan.appendix()) + " к " + dative(order.header().docType())
          + dateAndNumber(order.header().date(), order.header().number()));
    } else {
      lines.add(act(order));
    }
    String issuer = order.header().issuer() != null ? order.header().issuer()
        : appendixAct(order) != null ? appendixAct(order).issuer() : null;
    if (issuer != null && !issuer.isBlank()) {
      lines.add(issuer.replace('\n', ' '));
    }
    return lines;
  }

  private static Reference appendixAct(Order order) {
    return order.plans().stream().filter(p -> p.appendixOf() != null && p.appendixOf().act() != null)
        .map(p -> p.appendixOf().act()).findFirst().orElse(null);
  }

  private static String dateAndNumber(java.time.LocalDate date, String number) {
    return (date == null ? "" : " от " + date.format(DATE)) + (number == null ? "" : " № " + number);
  }

  /** «приказу», «постановлению», «распоряжению», «решению»: what an appendix is «к». */
  private static String dative(String docType) {
    String type = docType == null ? "приказ" : docType.replace(" ", "").toLowerCase(Locale.ROOT);
    if (type.endsWith("ие")) {
      return type.substring(0, type.length() - 1) + "ю";
    }
    return type + "у";
  }

  private static String capitalized(String text) {
    String word = text.replaceAll("\\s+(?=\\S)", text.matches("(\\S\\s)+\\S") ? "" : " ").strip()
        .toLowerCase(Locale.ROOT);
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
