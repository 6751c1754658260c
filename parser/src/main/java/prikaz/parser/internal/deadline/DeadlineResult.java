package prikaz.parser.internal.deadline;

import java.util.List;
import java.util.Objects;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Warning;

/**
 * A deadline and what a person should check about its text: {@code DEADLINE_IMPOSSIBLE_DATE} when
 * it is written as a date no calendar has («31.06.2023», «05.12-17.30.»). A warning's {@code where}
 * is null; the caller knows the place.
 */
public record DeadlineResult(Deadline deadline, List<Warning> warnings) {
  public DeadlineResult {
    Objects.requireNonNull(deadline, "deadline must not be null");
    warnings = List.copyOf(warnings);
  }
}
