package prikaz.app.diff;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import prikaz.diff.OrderDiff;
import prikaz.diff.OrderDiff.FieldChange;
import prikaz.diff.OrderDiff.PlanChanges;
import prikaz.diff.OrderDiff.RowChanges;
import prikaz.diff.OrderDiff.WordEdit;
import prikaz.parser.model.Field;
import prikaz.parser.model.Reference;

/**
 * The diff as a report to read: the two orders, the header's changes, then each plan's rows in
 * the newer plan's order under their sections — {@code =} unchanged, {@code ~} changed (each
 * changed field below it, texts word by word as {@code [-taken out-]} {@code {+put in+}}),
 * {@code +} added, {@code -} removed — and the counts. Coloured with ANSI codes when asked (a
 * terminal), plain otherwise; in Russian or English.
 */
public final class DiffText {
  private static final String RESET = "\033[0m";
  private static final String RED = "\033[31m";
  private static final String GREEN = "\033[32m";
  private static final String YELLOW = "\033[33m";
  private static final String DIM = "\033[2m";
  private static final String BOLD = "\033[1m";
  private static final int SHORT = 90;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private static final Map<String, String[]> LABELS = Map.ofEntries(
      Map.entry("before", new String[] {"было", "old"}),
      Map.entry("after", new String[] {"стало", "new"}),
      Map.entry("header", new String[] {"Реквизиты", "Header"}),
      Map.entry("issuer", new String[] {"издатель", "issuer"}),
      Map.entry("signatory", new String[] {"подписал", "signatory"}),
      Map.entry("basis", new String[] {"основания", "basis"}),
      Map.entry("no-header-changes", new String[] {"без изменений", "unchanged"}),
      Map.entry("plan", new String[] {"План", "Plan"}),
      Map.entry("plan-added", new String[] {"план добавлен", "plan added"}),
      Map.entry("plan-removed", new String[] {"план удалён", "plan removed"}),
      Map.entry("section", new String[] {"Раздел", "Section"}),
      Map.entry("later", new String[] {"позже на %d мес.", "%d month(s) later"}),
      Map.entry("earlier", new String[] {"раньше на %d мес.", "%d month(s) earlier"}),
      Map.entry("span", new String[] {"изменён период", "span changed"}),
      Map.entry("shift", new String[] {"год плана сдвинут на %d мес.; сроки сравниваются с учётом сдвига",
          "the plan's year moved by %d month(s); deadlines are compared net of it"}),
      Map.entry("summary", new String[] {"Итого: без изменений %d, изменено %d, добавлено %d, удалено %d; изменений в реквизитах %d",
          "Summary: unchanged %d, changed %d, added %d, removed %d; header changes %d"}),
      Map.entry("equivalent", new String[] {"Планы равнозначны.", "The plans are equivalent."}));

  private final PrintWriter out;
  private final boolean color;
  private final boolean russian;

  private DiffText(PrintWriter out, boolean color, boolean russian) {
    this.out = out;
    this.color = color;
    this.russian = russian;
  }

  /** Writes the report; {@code color}: ANSI colours; {@code russian}: Russian labels, else English. */
  public static void write(OrderDiff diff, PrintWriter out, boolean color, boolean russian) {
    new DiffText(out, color, russian).report(diff);
    out.flush();
  }

  /** A field as the report names it: «срок» in Russian, {@code deadline} in English. */
  static String name(Field field, boolean russian) {
    return russian ? field.title().toLowerCase(java.util.Locale.ROOT) : field.key();
  }

  private String label(String key) {
    return LABELS.get(key)[russian ? 0 : 1];
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }

  private void report(OrderDiff diff) {
    out.println(paint(BOLD, label("before") + ": ") + describe(diff.before(), russian));
    out.println(paint(BOLD, label("after") + ": ") + describe(diff.after(), russian));
    out.println();
    header(diff.header());
    for (PlanChanges plan : diff.plans()) {
      plan(plan);
    }
    OrderDiff.Summary s = diff.summary();
    out.println(paint(BOLD, String.format(label("summary"), s.unchanged(), s.changed(), s.added(), s.removed(),
        s.headerChanges())));
    if (diff.equivalent()) {
      out.println(label("equivalent"));
    }
  }

  private void header(OrderDiff.HeaderChanges header) {
    out.println(paint(BOLD, label("header")) + (header.count() == 0 ? ": " + label("no-header-changes") : ""));
    if (header.issuer() != null) {
      out.println("  " + label("issuer") + ": " + paint(RED, Objects.toString(header.issuer().before(), "—")) + " → "
          + paint(GREEN, Objects.toString(header.issuer().after(), "—")));
    }
    if (header.signatory() != null) {
      out.println("  " + label("signatory") + ": " + paint(RED, Objects.toString(header.signatory().before(), "—"))
          + " → " + paint(GREEN, Objects.toString(header.signatory().after(), "—")));
    }
    if (!header.basisRemoved().isEmpty() || !header.basisAdded().isEmpty()) {
      out.println("  " + label("basis") + ":");
      for (Reference ref : header.basisRemoved()) {
        out.println("    " + paint(RED, "- " + reference(ref)));
      }
      for (Reference ref : header.basisAdded()) {
        out.println("    " + paint(GREEN, "+ " + reference(ref)));
      }
    }
    out.println();
  }

  private String reference(Reference ref) {
    StringBuilder text = new StringBuilder(ref.kind());
    if (ref.issuer() != null) {
      text.append(' ').append(ref.issuer());
    }
    if (ref.date() != null) {
      text.append(russian ? " от " : " of ").append(DATE.format(ref.date()));
    }
    if (ref.number() != null) {
      text.append(" № ").append(ref.number());
    }
    if (ref.title() != null) {
      text.append(" «").append(shorten(ref.title())).append("»");
    }
    return text.toString();
  }

  private void plan(PlanChanges plan) {
    OrderDiff.PlanSide side = plan.after() != null ? plan.after() : plan.before();
    String status = switch (plan.status()) {
      case added -> " (" + label("plan-added") + ")";
      case removed -> " (" + label("plan-removed") + ")";
      default -> "";
    };
    out.println(paint(BOLD, label("plan") + ": " + Objects.toString(side.title(), "—") + status));
    if (plan.shiftMonths() != 0) {
      out.println(paint(DIM, "  " + String.format(label("shift"), plan.shiftMonths())));
    }
    String section = null;
    int width = 0;
    for (RowChanges row : plan.rows()) {
      width = Math.max(width, DiffRows.number(row.before()).length() + DiffRows.number(row.after()).length());
    }
    for (RowChanges row : plan.rows()) {
      String rowSection = DiffRows.section(row);
      if (!rowSection.equals(section == null ? "" : section) && !rowSection.isEmpty()) {
        out.println("  " + paint(BOLD, label("section") + ": " + rowSection));
      }
      section = rowSection;
      row(row, width + 3);
    }
    out.println();
  }

  private void row(RowChanges row, int width) {
    String numbers = switch (row.status()) {
      case added -> DiffRows.number(row.after());
      case removed -> DiffRows.number(row.before());
      default -> DiffRows.number(row.before()) + " → " + DiffRows.number(row.after());
    };
    String padded = String.format("%-" + Math.max(1, width) + "s", numbers);
    switch (row.status()) {
      case unchanged -> out.println(paint(DIM, "  = " + padded + "  " + shorten(row.after().activity())));
      case added -> out.println(paint(GREEN, "  + " + padded + "  " + row.after().activity()));
      case removed -> out.println(paint(RED, "  - " + padded + "  " + row.before().activity()));
      case changed -> {
        out.println(paint(YELLOW, "  ~ " + padded + "  ") + shorten(row.after().activity()));
        for (FieldChange change : row.changes()) {
          out.println("      " + name(change.field(), russian) + ": " + change(change));
        }
      }
    }
  }

  private String change(FieldChange change) {
    if (change.words() != null) {
      return words(change.words());
    }
    if (change.added() != null) {
      List<String> parts = new ArrayList<>();
      change.removed().forEach(name -> parts.add(paint(RED, "- " + name)));
      change.added().forEach(name -> parts.add(paint(GREEN, "+ " + name)));
      return String.join(", ", parts);
    }
    String text = paint(RED, Objects.toString(change.before(), "—")) + " → " + paint(GREEN, Objects.toString(change.after(), "—"));
    return text + shift(change, russian).map(s -> " (" + s + ")").orElse("");
  }

  private static java.util.Optional<String> shift(FieldChange change, boolean russian) {
    if (change.field() != Field.DEADLINE || change.shiftMonths() == null) {
      return java.util.Optional.empty();
    }
    int months = change.shiftMonths();
    String key = months > 0 ? "later" : months < 0 ? "earlier" : "span";
    String pattern = LABELS.get(key)[russian ? 0 : 1];
    return java.util.Optional.of(months == 0 ? pattern : String.format(pattern, Math.abs(months)));
  }

  private String words(List<WordEdit> edits) {
    StringBuilder text = new StringBuilder();
    for (WordEdit edit : edits) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(switch (edit.op()) {
        case equal -> edit.text();
        case delete -> paint(RED, "[-" + edit.text() + "-]");
        case insert -> paint(GREEN, "{+" + edit.text() + "+}");
      });
    }
    return text.toString();
  }

  private static String shorten(String text) {
    return text.length() <= SHORT ? text : text.substring(0, SHORT - 1).stripTrailing() + "…";
  }

  /** «file — ПРИКАЗ № 218 от 14.10.2020». */
  static String describe(OrderDiff.Document document, boolean russian) {
    StringBuilder text = new StringBuilder(Objects.toString(document.file(), ""));
    List<String> parts = new ArrayList<>();
    if (document.docType() != null) {
      parts.add(document.docType());
    }
    if (document.number() != null) {
      parts.add("№ " + document.number());
    }
    if (document.date() != null) {
      parts.add((russian ? "от " : "of ") + DATE.format(document.date()));
    }
    if (!parts.isEmpty()) {
      text.append(" — ").append(String.join(" ", parts));
    }
    return text.toString();
  }

  /** «убрано «данного мониторинга», добавлено «его»»: the words taken out and put in. */
  private static String edits(List<WordEdit> edits, boolean russian) {
    List<String> out = new ArrayList<>();
    List<String> in = new ArrayList<>();
    for (WordEdit edit : edits) {
      if (edit.op() == WordEdit.Op.delete) {
        out.add("«" + edit.text() + "»");
      } else if (edit.op() == WordEdit.Op.insert) {
        in.add("«" + edit.text() + "»");
      }
    }
    List<String> parts = new ArrayList<>();
    if (!out.isEmpty()) {
      parts.add((russian ? "убрано " : "removed ") + String.join(", ", out));
    }
    if (!in.isEmpty()) {
      parts.add((russian ? "добавлено " : "added ") + String.join(", ", in));
    }
    return String.join(", ", parts);
  }

  /** The changes of a row in one line, for a table cell: «срок: Октябрь 2020 → Ноябрь 2021 (позже на 1 мес.)». */
  static String describeChanges(RowChanges row, boolean russian) {
    List<String> parts = new ArrayList<>();
    for (FieldChange change : row.changes()) {
      String name = name(change.field(), russian);
      if (change.added() != null) {
        List<String> who = new ArrayList<>();
        change.removed().forEach(n -> who.add("− " + n));
        change.added().forEach(n -> who.add("+ " + n));
        parts.add(name + ": " + String.join(", ", who));
      } else if (change.field() == Field.DEADLINE) {
        parts.add(name + ": " + Objects.toString(change.before(), "—") + " → " + Objects.toString(change.after(), "—")
            + shift(change, russian).map(s -> " (" + s + ")").orElse(""));
      } else if (change.words() != null) {
        parts.add(name + ": " + edits(change.words(), russian));
      } else {
        parts.add(name);
      }
    }
    return String.join("; ", parts);
  }
}
