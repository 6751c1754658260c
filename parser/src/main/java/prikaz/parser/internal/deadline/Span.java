package prikaz.parser.internal.deadline;

/**
 * A pair of time expressions «from – to» (the same twice for a single one). {@code by}: «до …»,
 * only the end counts; {@code open}: «с 25.03», only the start; {@code throughout}: it follows «в
 * течение».
 */
record Span(When from, When to, boolean by, boolean open, boolean throughout) {

  /** Whether the text wrote a year for either end. */
  boolean yearWritten() {
    return from.year() != 0 || to.year() != 0;
  }
}
