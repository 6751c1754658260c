package prikaz.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import prikaz.app.serve.WebServer;

/**
 * {@code prikaz serve}: the web page for clerks on this computer (package {@code prikaz.app.serve}),
 * until Ctrl+C; with {@code --open} (or a double-clicked jar) the default browser opens it.
 */
public final class ServeCommand implements Callable<Integer> {
  private CommandSpec spec;

  private final PrikazCommand parent;

  int port;

  String host;

  boolean open;

  int maxFileMib;

  int maxFiles;

  int readers;

  final OcrOptions ocrOptions = new OcrOptions();

  ServeCommand(PrikazCommand parent) {
    this.parent = parent;
  }

  /** The command's options; texts: Messages*.properties. */
  CommandSpec spec() {
    spec = CommandSpecs.command("serve", this);
    spec.addOption(CommandSpecs.option(int.class, () -> port, v -> port = v, "--port")
        .paramLabel("PORT").defaultValue("8080").descriptionKey("serve.port").build());
    spec.addOption(CommandSpecs.option(String.class, () -> host, v -> host = v, "--host")
        .paramLabel("HOST").defaultValue("127.0.0.1").descriptionKey("serve.host").build());
    spec.addOption(CommandSpecs.option(boolean.class, () -> open, v -> open = v, "--open").descriptionKey("serve.open").build());
    spec.addOption(CommandSpecs.option(int.class, () -> maxFileMib, v -> maxFileMib = v, "--max-file-mib")
        .paramLabel("MIB").defaultValue("50").descriptionKey("serve.max-file-mib").build());
    spec.addOption(CommandSpecs.option(int.class, () -> maxFiles, v -> maxFiles = v, "--max-files")
        .paramLabel("N").defaultValue("20").descriptionKey("serve.max-files").build());
    spec.addOption(CommandSpecs.option(int.class, () -> readers, v -> readers = v, "--readers")
        .paramLabel("N").defaultValue("2").descriptionKey("serve.readers").build());
    ocrOptions.declare(spec);
    return spec;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535 || maxFileMib < 1 || maxFileMib > 1024 || maxFiles < 1 || readers < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), parent.texts.get("serve-bad-limits"));
    }
    ocrOptions.builder();  // a malformed --ocr-lang is a usage error here, not on the first scan
    PrintWriter err = spec.commandLine().getErr();
    WebServer.Settings settings = new WebServer.Settings(host, port, maxFileMib * 1024L * 1024L, maxFiles, readers,
        ocrOptions.mode, ocrOptions.language, ocrOptions.tesseract());
    WebServer server;
    try {
      server = start(settings);
    } catch (IOException e) {
      err.println("prikaz: " + parent.texts.get("serve-cannot-start", host + ":" + port, e.getMessage()));
      return Cli.FAILED;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "prikaz-serve-stop"));
    err.println("prikaz: " + parent.texts.get("serve-listening", server.url()));
    if (server.token() != null) {
      err.println("prikaz: " + parent.texts.get("serve-token"));
    }
    if (open && !prikaz.app.serve.Browser.open(server.url())) {
      err.println("prikaz: " + parent.texts.get("serve-no-browser", server.url()));
    }
    server.join();
    return Cli.OK;
  }

  /**
   * The started server; with {@code --open} and the default port taken (a second double-click, or
   * another program on 8080), any free port instead: the browser is sent to whichever it is.
   */
  private WebServer start(WebServer.Settings settings) throws IOException {
    try {
      return WebServer.start(settings);
    } catch (java.net.BindException e) {
      boolean defaultPort = spec.commandLine().getParseResult().matchedOption("--port") == null;
      if (!open || !defaultPort) {
        throw e;
      }
      return WebServer.start(new WebServer.Settings(settings.host(), 0, settings.maxFileBytes(), settings.maxFiles(),
          settings.readers(), settings.ocr(), settings.ocrLanguage(), settings.tesseract()));
    }
  }
}
