package prikaz.app.serve;

import java.util.List;
import java.util.Locale;

/** Opens an address in the default browser: the desktop's own way, else the system's command. */
public final class Browser {
  private Browser() {}

  /** True when a browser was asked to open it (it may still fail to show up). */
  public static boolean open(String url) {
    try {
      if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
        java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
        return true;
      }
    } catch (Exception | Error e) {
      // headless or no desktop integration: the system's command below
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
        : os.contains("mac") ? List.of("open", url) : List.of("xdg-open", url);
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
