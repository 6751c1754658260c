package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A program a test needs from the machine (LibreOffice, Chromium): where it is missing the test is
 * skipped, except in CI ({@code CI} set), which installs it, so there its absence fails the test.
 */
public final class RequiredProgram {
  private RequiredProgram() {}

  /** Skips the test, or fails it in CI, unless {@code installed}; {@code install} says how to get it. */
  public static void require(boolean installed, String program, String install) {
    assumeTrue(installed || System.getenv("CI") != null, program + " is not installed");
    assertTrue(installed, "CI must have " + program + ": " + install);
  }
}
