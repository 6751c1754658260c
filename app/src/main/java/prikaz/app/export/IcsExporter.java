package prikaz.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.Party;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Recurrence;

/**
 * The plan as an iCalendar file (RFC 5545) through ical4j: an item with dates becomes an all-day
 * event from its start to its end; a «до …» deadline a to-do due that day; a recurring deadline an
 * event with a recurrence rule up to the end of its period. The summary is the activity; the
 * description holds the item number, section, responsible and participants, the deadline as
 * written and the order. Items whose deadline gives no dates («по графику») are left out. UIDs are
 * stable (file hash, plan, item), so re-importing a file updates its events instead of doubling them.
 */
public final class IcsExporter implements Exporter {
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Override
  public String extension() {
    return "ics";
  }

  @Override
  public void write(Order order, OutputStream out) throws IOException {
    List<CalendarComponent> components = new ArrayList<>();
    for (int p = 0; p < order.plans().size(); p++) {
      Plan plan = order.plans().get(p);
      for (int i = 0; i < plan.items().size(); i++) {
        Item item = plan.items().get(i);
        String id = order.source().sha256().substring(0, 16) + "-" + (p + 1) + "-" + (i + 1);
        add(components, order, item, id);
        for (int s = 0; s < item.subitems().size(); s++) {
          add(components, order, item.subitems().get(s), id + "-" + (s + 1));
        }
      }
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//prikaz//prikaz 1//RU"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (CalendarComponent component : components) {
      calendar.add(component);
    }
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (ValidationException e) {
      throw new IOException("iCalendar validation failed: " + e.getMessage(), e);
    }
  }

  private static void add(List<CalendarComponent> components, Order order, Item item, String id) {
    Deadline deadline = item.deadline();
    if (deadline == null || deadline.end() == null) {
      return;
    }
    CalendarComponent component;
    if (deadline.kind() == Deadline.Kind.by || deadline.start() == null) {
      VToDo todo = new VToDo(false);
      todo.add(new Due<>(deadline.end()));
      component = todo;
    } else {
      VEvent event = new VEvent(false);
      Recurrence recurrence = deadline.recurrence();
      if (recurrence != null) {
        LocalDate first = firstOccurrence(deadline.start(), recurrence);
        event.add(new DtStart<>(first));
        event.add(new DtEnd<>(first.plusDays(1)));
        event.add(new RRule<>(rule(recurrence, deadline.end())));
      } else {
        event.add(new DtStart<>(deadline.start()));
        event.add(new DtEnd<>(deadline.end().plusDays(1))); // DTEND of an all-day event is exclusive
      }
      component = event;
    }
    // A fixed stamp (the order's date) keeps the file the same for the same order.
    LocalDate stamp = order.header().date() == null ? LocalDate.EPOCH : order.header().date();
    component.add(new DtStamp(stamp.format(BASIC) + "T000000Z"));
    component.add(new Uid(id + "@prikaz"));
    component.add(new Summary(item.activity().replace('\n', ' ')));
    component.add(new Description(description(order, item)));
    if (item.section() != null) {
      component.add(new Categories(item.section().title()));
    }
    components.add(component);
  }

  /** The first day the rule fires on or after the period start: the first named month, else the start. */
  private static LocalDate firstOccurrence(LocalDate start, Recurrence recurrence) {
    if (recurrence.months().isEmpty()) {
      return start;
    }
    for (int k = 0; k < 12; k++) {
      LocalDate month = start.withDayOfMonth(1).plusMonths(k);
      if (recurrence.months().contains(month.getMonthValue())) {
        return month.isBefore(start) ? start : month;
      }
    }
    return start;
  }

  private static String rule(Recurrence recurrence, LocalDate until) {
    String frequency = switch (recurrence.every()) {
      case day -> "FREQ=DAILY";
      case week -> "FREQ=WEEKLY";
      case month -> "FREQ=MONTHLY";
      case quarter -> "FREQ=MONTHLY;INTERVAL=3";
      case half -> "FREQ=MONTHLY;INTERVAL=6";
      case year -> "FREQ=YEARLY";
    };
    if (!recurrence.months().isEmpty()) {
      frequency = "FREQ=YEARLY;BYMONTH="
          + recurrence.months().stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    return frequency + ";UNTIL=" + until.format(BASIC);
  }

  private static String description(Order order, Item item) {
    List<String> lines = new ArrayList<>();
    if (item.number() != null) {
      lines.add("№ " + item.number());
    }
    if (item.section() != null) {
      lines.add("Раздел: " + (item.section().number() == null ? "" : item.section().number() + ". ")
          + item.section().title());
    }
    lines.add("Срок: " + item.deadline().text());
    if (!item.responsible().isEmpty()) {
      lines.add("Ответственные: " + names(item.responsible()));
    }
    if (!item.participants().isEmpty()) {
      lines.add("Участники: " + names(item.participants()));
    }
    if (item.result() != null) {
      lines.add("Результат: " + item.result());
    }
    StringBuilder act = new StringBuilder(order.header().docType() == null ? "Приказ" : capitalized(order.header().docType()));
    if (order.header().number() != null) {
      act.append(" № ").append(order.header().number());
    }
    if (order.header().date() != null) {
      act.append(" от ").append(order.header().date().format(RUSSIAN));
    }
    if (order.header().issuer() != null) {
      act.append(", ").append(order.header().issuer());
    }
    lines.add(act.toString());
    return String.join("\n", lines);
  }

  private static String names(List<Party> parties) {
    return parties.stream().map(Party::name).collect(Collectors.joining("; "));
  }

  private static String capitalized(String type) {
    String word = type.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return word.isEmpty() ? "Приказ" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
